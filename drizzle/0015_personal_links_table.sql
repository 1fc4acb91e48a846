CREATE TABLE "personal_link" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"person_id" text NOT NULL,
	"purpose" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"revoked_reason" text,
	"last_used_at" timestamp with time zone,
	"use_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "personal_link_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "personal_link" ADD CONSTRAINT "personal_link_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_link" ADD CONSTRAINT "personal_link_org_id_person_id_person_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."person"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "personal_link_live_uq" ON "personal_link" USING btree ("org_id","person_id","purpose") WHERE "personal_link"."revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "personal_link_token_hash_uq" ON "personal_link" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "personal_link_person_idx" ON "personal_link" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "personal_link_org_created_idx" ON "personal_link" USING btree ("org_id","created_at","id");