CREATE TABLE "notification" (
	"org_id" text NOT NULL,
	"user_id" text NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"link" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notification_org_id_user_id_id_pk" PRIMARY KEY("org_id","user_id","id")
);
--> statement-breakpoint
CREATE TABLE "notification_preference" (
	"org_id" text NOT NULL,
	"user_id" text NOT NULL,
	"channel" text DEFAULT 'mail' NOT NULL,
	"lang" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preference_org_id_user_id_pk" PRIMARY KEY("org_id","user_id"),
	CONSTRAINT "notification_preference_channel" CHECK ("notification_preference"."channel" in ('in_app', 'mail')),
	CONSTRAINT "notification_preference_lang" CHECK ("notification_preference"."lang" is null or "notification_preference"."lang" in ('ja', 'en'))
);
--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_recent_idx" ON "notification" USING btree ("org_id","user_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "notification_unread_idx" ON "notification" USING btree ("org_id","user_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "notification"."read_at" is null;