ALTER TABLE "inventory_risk" ADD COLUMN "last_reviewed_by" text;--> statement-breakpoint
ALTER TABLE "inventory_risk" ADD COLUMN "assessed_on" date;--> statement-breakpoint
ALTER TABLE "inventory_risk" ADD COLUMN "assessed_by" text;--> statement-breakpoint
-- Which existing rows count as assessed (docs/architecture.md, リスク分析). Rows not started from
-- a suggestion: a person wrote their ratings, by hand or in an imported file, when the row was
-- created (by the creator named in the row's create event, where there is one).
UPDATE "inventory_risk" AS r SET
  "assessed_on" = (r."created_at" AT TIME ZONE 'Asia/Tokyo')::date,
  "assessed_by" = (SELECT e."actor_name" FROM "audit_event" AS e
    WHERE e."org_id" = r."org_id" AND e."entity" = 'inventory_risk' AND e."entity_id" = r."id"
      AND e."action" = 'create' ORDER BY e."seq" LIMIT 1)
WHERE r."suggestion_id" IS NULL;--> statement-breakpoint
-- Suggested rows whose ratings a person changed afterwards (an edit or an import): the last such
-- change.
UPDATE "inventory_risk" AS r SET
  "assessed_on" = (e."at" AT TIME ZONE 'Asia/Tokyo')::date,
  "assessed_by" = e."actor_name"
FROM (SELECT DISTINCT ON ("org_id", "entity_id") "org_id", "entity_id", "at", "actor_name"
  FROM "audit_event"
  WHERE "entity" = 'inventory_risk' AND "action" = 'update'
    AND ("changes"->'likelihood' IS NOT NULL OR "changes"->'impact' IS NOT NULL
      OR "changes"->'residualLikelihood' IS NOT NULL OR "changes"->'residualImpact' IS NOT NULL)
  ORDER BY "org_id", "entity_id", "seq" DESC) AS e
WHERE r."suggestion_id" IS NOT NULL AND e."org_id" = r."org_id" AND e."entity_id" = r."id";--> statement-breakpoint
-- Suggested rows somebody formally accepted or recorded as reviewed kept their ratings on
-- purpose. The rest (suggested and never re-rated, accepted or reviewed; a text edit does not
-- count) stay 未評価.
UPDATE "inventory_risk" SET "assessed_on" = "accepted_on", "assessed_by" = "accepted_by"
WHERE "assessed_on" IS NULL AND "accepted_on" IS NOT NULL;--> statement-breakpoint
UPDATE "inventory_risk" SET "assessed_on" = "last_reviewed_on"
WHERE "assessed_on" IS NULL AND "last_reviewed_on" IS NOT NULL;--> statement-breakpoint
-- Who recorded the last review: the review event that set today's value. A review day that came
-- from an imported file has no such event and stays without a name.
UPDATE "inventory_risk" AS r SET "last_reviewed_by" = e."actor_name"
FROM (SELECT DISTINCT ON ("org_id", "entity_id") "org_id", "entity_id", "actor_name", "changes"
  FROM "audit_event" WHERE "entity" = 'inventory_risk' AND "action" = 'review'
  ORDER BY "org_id", "entity_id", "seq" DESC) AS e
WHERE e."org_id" = r."org_id" AND e."entity_id" = r."id"
  AND e."changes"->'lastReviewedOn'->>'new' = r."last_reviewed_on"::text;
