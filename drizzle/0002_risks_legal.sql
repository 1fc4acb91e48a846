CREATE TABLE "inventory_risk" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"item_id" text NOT NULL,
	"phase" text NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"likelihood" integer NOT NULL,
	"impact" integer NOT NULL,
	"countermeasure" text,
	"residual_likelihood" integer,
	"residual_impact" integer,
	"accepted_by" text,
	"accepted_on" date,
	"review_on" date,
	"suggestion_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inventory_risk_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "legal_requirement" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"law_id" text,
	"name" text,
	"kind" text NOT NULL,
	"articles" text,
	"obligations" text,
	"checked_by" text,
	"checked_on" date,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_requirement_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "legal_requirement_department" (
	"org_id" text NOT NULL,
	"requirement_id" text NOT NULL,
	"department_id" text NOT NULL,
	CONSTRAINT "legal_requirement_department_org_id_requirement_id_department_id_pk" PRIMARY KEY("org_id","requirement_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "legal_requirement_item" (
	"org_id" text NOT NULL,
	"requirement_id" text NOT NULL,
	"item_id" text NOT NULL,
	CONSTRAINT "legal_requirement_item_org_id_requirement_id_item_id_pk" PRIMARY KEY("org_id","requirement_id","item_id")
);
--> statement-breakpoint
ALTER TABLE "inventory_risk" ADD CONSTRAINT "inventory_risk_org_id_item_id_inventory_item_org_id_id_fk" FOREIGN KEY ("org_id","item_id") REFERENCES "public"."inventory_item"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_requirement" ADD CONSTRAINT "legal_requirement_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_requirement_department" ADD CONSTRAINT "legal_requirement_department_org_id_requirement_id_legal_requirement_org_id_id_fk" FOREIGN KEY ("org_id","requirement_id") REFERENCES "public"."legal_requirement"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_requirement_department" ADD CONSTRAINT "legal_requirement_department_org_id_department_id_department_org_id_id_fk" FOREIGN KEY ("org_id","department_id") REFERENCES "public"."department"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_requirement_item" ADD CONSTRAINT "legal_requirement_item_org_id_requirement_id_legal_requirement_org_id_id_fk" FOREIGN KEY ("org_id","requirement_id") REFERENCES "public"."legal_requirement"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_requirement_item" ADD CONSTRAINT "legal_requirement_item_org_id_item_id_inventory_item_org_id_id_fk" FOREIGN KEY ("org_id","item_id") REFERENCES "public"."inventory_item"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inventory_risk_org_item_idx" ON "inventory_risk" USING btree ("org_id","item_id","phase");--> statement-breakpoint
CREATE INDEX "inventory_risk_org_cell_idx" ON "inventory_risk" USING btree ("org_id","likelihood","impact");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_requirement_org_law_uq" ON "legal_requirement" USING btree ("org_id","law_id") WHERE "legal_requirement"."law_id" is not null;--> statement-breakpoint
CREATE INDEX "legal_requirement_item_item_idx" ON "legal_requirement_item" USING btree ("org_id","item_id");