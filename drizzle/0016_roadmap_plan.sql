CREATE TABLE "roadmap_plan" (
	"org_id" text PRIMARY KEY NOT NULL,
	"starts_on" date,
	"session_cadence" text DEFAULT 'none' NOT NULL,
	"application_on" date,
	"grant_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "roadmap_plan" ADD CONSTRAINT "roadmap_plan_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;