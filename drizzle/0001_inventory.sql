CREATE TABLE "inventory_flow_step" (
	"org_id" text NOT NULL,
	"item_id" text NOT NULL,
	"sort" integer NOT NULL,
	"phase" text NOT NULL,
	"who" text,
	"what" text,
	"where_" text,
	"medium" text,
	CONSTRAINT "inventory_flow_step_org_id_item_id_sort_pk" PRIMARY KEY("org_id","item_id","sort")
);
--> statement-breakpoint
CREATE TABLE "inventory_item" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"department_id" text,
	"subject_categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"data_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"info_type" text DEFAULT 'personal' NOT NULL,
	"count" text,
	"medium" text,
	"acquisition" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"purpose" text,
	"notice_method" text,
	"consent_required" boolean,
	"consent_basis" text,
	"storage_location" text,
	"storage_method" text,
	"access_holders" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"use_period" text,
	"retention_period" text,
	"disposal_method" text,
	"outsourced" boolean,
	"outsourcee" text,
	"third_party_provision" boolean,
	"recipients" text,
	"joint_use" boolean,
	"foreign_recipient" boolean,
	"foreign_country" text,
	"retained_personal_data" boolean,
	"sensitive" boolean,
	"identified_on" date,
	"last_reviewed_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inventory_item_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "risk_matrix" (
	"org_id" text PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inventory_flow_step" ADD CONSTRAINT "inventory_flow_step_org_id_item_id_inventory_item_org_id_id_fk" FOREIGN KEY ("org_id","item_id") REFERENCES "public"."inventory_item"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_item" ADD CONSTRAINT "inventory_item_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_item" ADD CONSTRAINT "inventory_item_org_id_department_id_department_org_id_id_fk" FOREIGN KEY ("org_id","department_id") REFERENCES "public"."department"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_matrix" ADD CONSTRAINT "risk_matrix_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inventory_item_org_name_idx" ON "inventory_item" USING btree ("org_id","name","id");--> statement-breakpoint
CREATE INDEX "inventory_item_org_dept_idx" ON "inventory_item" USING btree ("org_id","department_id");