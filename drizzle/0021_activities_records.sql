CREATE TABLE "activity_record" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"performed_on" date NOT NULL,
	"performed_by_person_id" text,
	"performed_by_name" text,
	"approver_user_id" text,
	"approver_name" text,
	"approved_at" timestamp with time zone,
	"approval_via" text,
	"approval_attachment_id" text,
	"notes" text,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text DEFAULT 'entered' NOT NULL,
	"created_by" text,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_record_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "activity_record" ADD CONSTRAINT "activity_record_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_record_org_day_idx" ON "activity_record" USING btree ("org_id","performed_on","id");--> statement-breakpoint
CREATE INDEX "activity_record_org_kind_idx" ON "activity_record" USING btree ("org_id","kind","performed_on");--> statement-breakpoint
-- Data: every tick marked done becomes an activity record of the rule's kind, dated on the day
-- (Japan time) it was ticked, unless a duty record of the same kind and day says the same; every
-- obligation record becomes one with its done day. Approvals are not carried over: a tick was
-- nobody's approval. Ids are derived from the old rows, so running this again adds nothing.
INSERT INTO "activity_record" ("org_id", "id", "kind", "performed_on", "notes", "source", "created_by", "created_by_name", "created_at", "updated_at")
SELECT c."org_id", 'migrated-tick-' || c."rule_id", k."kind",
  (c."checked_at" AT TIME ZONE 'UTC' + interval '9 hours')::date,
  c."note", 'migrated_tick', c."checked_by", c."checked_by_name", c."checked_at", c."checked_at"
FROM "readiness_manual_check" c
JOIN (VALUES
  ('manual.policy', 'policy_approval'),
  ('manual.project_team', 'project_team'),
  ('manual.work_plan', 'work_plan_shared'),
  ('manual.policy_known', 'policy_communication'),
  ('manual.resources', 'resources_decided'),
  ('manual.internal_rules', 'rules_established'),
  ('manual.education', 'education'),
  ('manual.operation_start', 'operation_start'),
  ('manual.safety_measures', 'safety_measure_check'),
  ('manual.vendor_contracts', 'vendor_review'),
  ('manual.complaints_desk', 'complaints_desk'),
  ('manual.operation_check', 'operation_check'),
  ('manual.internal_audit', 'internal_audit'),
  ('manual.management_review', 'management_review')
) AS k("rule_id", "kind") ON k."rule_id" = c."rule_id"
WHERE c."done"
  AND NOT EXISTS (
    SELECT 1 FROM "obligation_record" o
    WHERE o."org_id" = c."org_id" AND o."obligation" = k."kind"
      AND o."done_on" = (c."checked_at" AT TIME ZONE 'UTC' + interval '9 hours')::date
  )
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "activity_record" ("org_id", "id", "kind", "performed_on", "notes", "source", "created_by", "created_by_name", "created_at", "updated_at")
SELECT o."org_id", 'migrated-obligation-' || o."id", o."obligation", o."done_on", o."note",
  'migrated_obligation', o."recorded_by", o."recorded_by_name", o."created_at", o."created_at"
FROM "obligation_record" o
WHERE o."obligation" IN ('education', 'internal_audit', 'management_review', 'vendor_review', 'document_review')
ON CONFLICT DO NOTHING;
