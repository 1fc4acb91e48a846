CREATE TABLE "calendar_feed" (
	"org_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feed_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "obligation_record" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"obligation" text NOT NULL,
	"done_on" date NOT NULL,
	"note" text,
	"recorded_by" text,
	"recorded_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "obligation_record_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "readiness_manual_check" (
	"org_id" text NOT NULL,
	"rule_id" text NOT NULL,
	"done" boolean NOT NULL,
	"note" text,
	"checked_by" text,
	"checked_by_name" text,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "readiness_manual_check_org_id_rule_id_pk" PRIMARY KEY("org_id","rule_id")
);
--> statement-breakpoint
CREATE TABLE "catalogue_adoption" (
	"org_id" text NOT NULL,
	"catalogue_id" text NOT NULL,
	"version" text NOT NULL,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_adoption_org_id_catalogue_id_pk" PRIMARY KEY("org_id","catalogue_id")
);
--> statement-breakpoint
CREATE TABLE "requirement_assessment" (
	"org_id" text NOT NULL,
	"catalogue_id" text NOT NULL,
	"ref" text NOT NULL,
	"catalogue_version" text NOT NULL,
	"status" text DEFAULT 'unassessed' NOT NULL,
	"notes" text,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_by" text,
	"updated_by_name" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requirement_assessment_org_id_catalogue_id_ref_pk" PRIMARY KEY("org_id","catalogue_id","ref")
);
--> statement-breakpoint
CREATE TABLE "roadmap_step" (
	"org_id" text NOT NULL,
	"step" integer NOT NULL,
	"planned_start" date,
	"planned_end" date,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadmap_step_org_id_step_pk" PRIMARY KEY("org_id","step")
);
--> statement-breakpoint
CREATE TABLE "roadmap_task" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"step" integer NOT NULL,
	"title" text NOT NULL,
	"owner" text DEFAULT 'client' NOT NULL,
	"assignee_user_id" text,
	"due_on" date,
	"done_on" date,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadmap_task_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_record" ADD CONSTRAINT "obligation_record_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_manual_check" ADD CONSTRAINT "readiness_manual_check_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_adoption" ADD CONSTRAINT "catalogue_adoption_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_assessment" ADD CONSTRAINT "requirement_assessment_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_step" ADD CONSTRAINT "roadmap_step_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_task" ADD CONSTRAINT "roadmap_task_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "obligation_record_org_idx" ON "obligation_record" USING btree ("org_id","obligation","done_on");--> statement-breakpoint
CREATE INDEX "roadmap_task_org_step_idx" ON "roadmap_task" USING btree ("org_id","step","sort");--> statement-breakpoint
CREATE INDEX "roadmap_task_assignee_idx" ON "roadmap_task" USING btree ("assignee_user_id");