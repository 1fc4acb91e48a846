DROP TABLE "obligation_record" CASCADE;--> statement-breakpoint
DROP TABLE "readiness_manual_check" CASCADE;