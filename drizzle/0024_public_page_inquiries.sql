CREATE TABLE "inquiry" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"reference_no" text NOT NULL,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"message" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"notes" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_name" text,
	CONSTRAINT "inquiry_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "public_page" (
	"org_id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "org_profile" ADD COLUMN "desk_name" text;--> statement-breakpoint
ALTER TABLE "org_profile" ADD COLUMN "desk_address" text;--> statement-breakpoint
ALTER TABLE "org_profile" ADD COLUMN "desk_phone" text;--> statement-breakpoint
ALTER TABLE "org_profile" ADD COLUMN "desk_email" text;--> statement-breakpoint
ALTER TABLE "org_profile" ADD COLUMN "desk_hours" text;--> statement-breakpoint
ALTER TABLE "org_profile" ADD COLUMN "accredited_org_name" text;--> statement-breakpoint
ALTER TABLE "org_profile" ADD COLUMN "request_fee" text;--> statement-breakpoint
ALTER TABLE "inquiry" ADD CONSTRAINT "inquiry_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_page" ADD CONSTRAINT "public_page_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inquiry_org_reference_uq" ON "inquiry" USING btree ("org_id","reference_no");--> statement-breakpoint
CREATE INDEX "inquiry_org_received_idx" ON "inquiry" USING btree ("org_id","received_at","id");--> statement-breakpoint
CREATE INDEX "inquiry_org_status_idx" ON "inquiry" USING btree ("org_id","status","received_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "public_page_slug_uq" ON "public_page" USING btree (lower("slug"));