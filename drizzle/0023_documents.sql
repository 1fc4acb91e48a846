CREATE TABLE "pms_document" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"audience" text DEFAULT 'internal' NOT NULL,
	"template_key" text,
	"owner_person_id" text,
	"approver_role" text DEFAULT 'pms_manager' NOT NULL,
	"retention_years" integer,
	"review_interval_months" integer DEFAULT 12 NOT NULL,
	"next_review_on" date,
	"j_refs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"current_version_id" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pms_document_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "pms_document_acknowledgement" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"document_id" text NOT NULL,
	"version_id" text NOT NULL,
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_by" text,
	"due_on" date,
	"acknowledged_at" timestamp with time zone,
	"typed_name" text,
	"signed_on" date,
	"via" text,
	"personal_link_id" text,
	"last_reminded_at" timestamp with time zone,
	CONSTRAINT "pms_document_acknowledgement_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "pms_document_version" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"document_id" text NOT NULL,
	"version_no" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"field_values" jsonb,
	"revision" integer DEFAULT 1 NOT NULL,
	"change_note" text,
	"approver_user_id" text,
	"approver_name" text,
	"approved_at" timestamp with time zone,
	"approval_activity_id" text,
	"effective_on" date,
	"published_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	"created_by" text,
	"updated_by" text,
	"updated_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pms_document_version_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "pms_document" ADD CONSTRAINT "pms_document_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pms_document" ADD CONSTRAINT "pms_document_owner_fk" FOREIGN KEY ("org_id","owner_person_id") REFERENCES "public"."person"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pms_document_acknowledgement" ADD CONSTRAINT "pms_document_acknowledgement_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pms_document_acknowledgement" ADD CONSTRAINT "pms_document_ack_version_fk" FOREIGN KEY ("org_id","version_id") REFERENCES "public"."pms_document_version"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pms_document_acknowledgement" ADD CONSTRAINT "pms_document_ack_person_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."person"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pms_document_version" ADD CONSTRAINT "pms_document_version_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pms_document_version" ADD CONSTRAINT "pms_document_version_document_fk" FOREIGN KEY ("org_id","document_id") REFERENCES "public"."pms_document"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pms_document_org_number_uq" ON "pms_document" USING btree ("org_id",lower("number"));--> statement-breakpoint
CREATE INDEX "pms_document_org_number_idx" ON "pms_document" USING btree ("org_id","number","id");--> statement-breakpoint
CREATE UNIQUE INDEX "pms_document_ack_person_uq" ON "pms_document_acknowledgement" USING btree ("org_id","version_id","person_id","kind");--> statement-breakpoint
CREATE INDEX "pms_document_ack_version_idx" ON "pms_document_acknowledgement" USING btree ("org_id","version_id","acknowledged_at");--> statement-breakpoint
CREATE INDEX "pms_document_ack_person_idx" ON "pms_document_acknowledgement" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pms_document_version_no_uq" ON "pms_document_version" USING btree ("org_id","document_id","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "pms_document_version_open_uq" ON "pms_document_version" USING btree ("org_id","document_id") WHERE status in ('draft', 'in_review', 'approved');