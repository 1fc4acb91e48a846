ALTER TABLE "inventory_risk" ADD COLUMN "search_text" text;--> statement-breakpoint
CREATE OR REPLACE FUNCTION inventory_risk_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := mamori_fold(concat_ws(' ', NEW.description, NEW.countermeasure));
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER inventory_risk_search BEFORE INSERT OR UPDATE ON "inventory_risk"
  FOR EACH ROW EXECUTE FUNCTION inventory_risk_search();--> statement-breakpoint
UPDATE "inventory_risk" SET "search_text" = NULL;
