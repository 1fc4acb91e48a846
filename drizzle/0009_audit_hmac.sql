ALTER TABLE "audit_event" ADD COLUMN "content_mac" text;--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "actor_mac" text;--> statement-breakpoint
ALTER TABLE "audit_head" ADD COLUMN "mac" text;--> statement-breakpoint
ALTER TABLE "audit_head" ADD COLUMN "key_id" text;