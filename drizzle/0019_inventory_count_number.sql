ALTER TABLE "inventory_item" ADD COLUMN "count_value" bigint;--> statement-breakpoint
ALTER TABLE "inventory_item" ADD COLUMN "count_qualifier" text;--> statement-breakpoint
CREATE INDEX "inventory_item_org_count_idx" ON "inventory_item" USING btree ("org_id","count_value","id");--> statement-breakpoint
-- 件数 read as a number with an optional qualifier, as src/core/registers/record-count.ts
-- reads it (the inventory route test holds the two to the same cases): full-width digits,
-- commas and spaces folded, 件・名・人 dropped, 万 = ×10,000; 約/およそ/概ね/おおよそ before or
-- 程度/前後 after → about, 以上 → at_least, 未満 → less_than. Anything else (a range, 「不明」)
-- stays text only. Kept as a function so the test can compare it with the application's.
CREATE OR REPLACE FUNCTION inventory_count_parse(raw text, OUT value bigint, OUT qualifier text) LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  m text[];
  v numeric;
BEGIN
  IF raw IS NULL THEN RETURN; END IF;
  m := regexp_match(regexp_replace(normalize(raw, NFKC), '[[:space:],、]', '', 'g'),
    '^(約|およそ|概ね|おおよそ)?([0-9]+)(?:\.([0-9]+))?(万)?(件|名|人)?(以上|未満|程度|前後)?(件|名|人)?$');
  IF m IS NULL THEN RETURN; END IF;
  IF m[5] IS NOT NULL AND m[7] IS NOT NULL THEN RETURN; END IF;
  IF m[1] IS NOT NULL AND m[6] IN ('以上', '未満') THEN RETURN; END IF;
  IF m[4] IS NULL THEN
    IF m[3] IS NOT NULL THEN RETURN; END IF;
    v := m[2]::numeric;
  ELSE
    IF length(coalesce(m[3], '')) > 4 THEN RETURN; END IF;
    v := m[2]::numeric * 10000 + rpad(coalesce(m[3], ''), 4, '0')::numeric;
  END IF;
  IF v > 1000000000000 THEN RETURN; END IF;
  value := v::bigint;
  qualifier := CASE
    WHEN m[6] = '以上' THEN 'at_least'
    WHEN m[6] = '未満' THEN 'less_than'
    WHEN m[1] IS NOT NULL OR m[6] IS NOT NULL THEN 'about'
  END;
END
$$;--> statement-breakpoint
UPDATE "inventory_item" SET ("count_value", "count_qualifier") =
  (SELECT p.value, p.qualifier FROM inventory_count_parse("count") AS p)
  WHERE "count" IS NOT NULL;
