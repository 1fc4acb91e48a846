CREATE TABLE "org_change" (
	"org_id" text NOT NULL,
	"entity" text NOT NULL,
	"counter" bigint DEFAULT 1 NOT NULL,
	CONSTRAINT "org_change_org_id_entity_pk" PRIMARY KEY("org_id","entity")
);
--> statement-breakpoint
ALTER TABLE "org_change" ADD CONSTRAINT "org_change_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;