CREATE TABLE "education_assignment" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"course_id" text NOT NULL,
	"person_id" text NOT NULL,
	"source" text DEFAULT 'plan' NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assigned_by" text,
	"due_on" date,
	"opened_at" timestamp with time zone,
	"attempt_count" integer DEFAULT 0 NOT NULL,
	"best_score" integer,
	"completed_at" timestamp with time zone,
	"completed_on" date,
	"completed_via" text,
	"completed_session_id" text,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"personal_link_id" text,
	"last_sent_at" timestamp with time zone,
	"last_reminded_at" timestamp with time zone,
	CONSTRAINT "education_assignment_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "education_attempt" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"assignment_id" text NOT NULL,
	"course_id" text NOT NULL,
	"person_id" text NOT NULL,
	"attempt_no" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answers" jsonb NOT NULL,
	"results" jsonb NOT NULL,
	"score" integer NOT NULL,
	"passed" boolean NOT NULL,
	"via" text DEFAULT 'link' NOT NULL,
	CONSTRAINT "education_attempt_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "education_attendance" (
	"org_id" text NOT NULL,
	"session_id" text NOT NULL,
	"person_id" text NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"recorded_at" timestamp with time zone,
	"recorded_by" text,
	CONSTRAINT "education_attendance_org_id_session_id_person_id_pk" PRIMARY KEY("org_id","session_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "education_course" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"audience" text DEFAULT 'all_staff' NOT NULL,
	"delivery" text DEFAULT 'e_learning' NOT NULL,
	"scheduled_from" date,
	"scheduled_to" date,
	"due_on" date,
	"duration_minutes" integer,
	"pass_mark" integer DEFAULT 80 NOT NULL,
	"max_attempts" integer,
	"sections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starter_key" text,
	"copied_from_id" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"archived_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"updated_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "education_course_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "education_plan" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"title" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"responsible_person_id" text,
	"new_hire_within_days" integer DEFAULT 30 NOT NULL,
	"notes" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"approver_user_id" text,
	"approver_name" text,
	"approved_at" timestamp with time zone,
	"approval_activity_id" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "education_plan_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "education_session" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"course_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text,
	"held_on" date NOT NULL,
	"starts_at" text,
	"ends_at" text,
	"place" text,
	"meeting_url" text,
	"instructor_name" text,
	"follow_up_of_id" text,
	"notes" text,
	"attendance_recorded_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "education_session_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
DROP INDEX "personal_link_live_uq";--> statement-breakpoint
ALTER TABLE "personal_link" ADD COLUMN "subject_id" text;--> statement-breakpoint
ALTER TABLE "education_assignment" ADD CONSTRAINT "education_assignment_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_assignment" ADD CONSTRAINT "education_assignment_course_fk" FOREIGN KEY ("org_id","course_id") REFERENCES "public"."education_course"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_assignment" ADD CONSTRAINT "education_assignment_person_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."person"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_attempt" ADD CONSTRAINT "education_attempt_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_attempt" ADD CONSTRAINT "education_attempt_assignment_fk" FOREIGN KEY ("org_id","assignment_id") REFERENCES "public"."education_assignment"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_attendance" ADD CONSTRAINT "education_attendance_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_attendance" ADD CONSTRAINT "education_attendance_session_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."education_session"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_attendance" ADD CONSTRAINT "education_attendance_person_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."person"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_course" ADD CONSTRAINT "education_course_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_course" ADD CONSTRAINT "education_course_plan_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "public"."education_plan"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_plan" ADD CONSTRAINT "education_plan_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_plan" ADD CONSTRAINT "education_plan_responsible_fk" FOREIGN KEY ("org_id","responsible_person_id") REFERENCES "public"."person"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_session" ADD CONSTRAINT "education_session_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_session" ADD CONSTRAINT "education_session_course_fk" FOREIGN KEY ("org_id","course_id") REFERENCES "public"."education_course"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "education_assignment_person_uq" ON "education_assignment" USING btree ("org_id","course_id","person_id");--> statement-breakpoint
CREATE INDEX "education_assignment_course_idx" ON "education_assignment" USING btree ("org_id","course_id","completed_on");--> statement-breakpoint
CREATE INDEX "education_assignment_person_idx" ON "education_assignment" USING btree ("org_id","person_id","completed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "education_attempt_no_uq" ON "education_attempt" USING btree ("org_id","assignment_id","attempt_no");--> statement-breakpoint
CREATE INDEX "education_attempt_course_idx" ON "education_attempt" USING btree ("org_id","course_id");--> statement-breakpoint
CREATE INDEX "education_attendance_person_idx" ON "education_attendance" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "education_course_plan_idx" ON "education_course" USING btree ("org_id","plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "education_plan_year_uq" ON "education_plan" USING btree ("org_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "education_session_course_idx" ON "education_session" USING btree ("org_id","course_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "personal_link_live_uq" ON "personal_link" USING btree ("org_id","person_id","purpose",coalesce("subject_id", '')) WHERE "personal_link"."revoked_at" is null;