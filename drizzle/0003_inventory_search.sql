ALTER TABLE "inventory_item" ADD COLUMN "search_text" text;--> statement-breakpoint
-- Search folding shared by every searchable table: NFKC (full-width letters and digits,
-- half-width kana), lower case, hiragana as katakana. src/core/text/search-fold.ts does the
-- same to the search term in JavaScript.
CREATE OR REPLACE FUNCTION mamori_fold(s text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  select lower(translate(normalize(coalesce(s, ''), NFKC), 'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ', 'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ'))
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION inventory_item_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := mamori_fold(concat_ws(' ', NEW.name, NEW.purpose, NEW.outsourcee,
    (select string_agg(d.item->>'name', ' ') from jsonb_array_elements(NEW.data_items) as d(item)),
    (select string_agg(c.v, ' ') from jsonb_array_elements_text(NEW.subject_categories) as c(v))));
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER inventory_item_search BEFORE INSERT OR UPDATE ON "inventory_item"
  FOR EACH ROW EXECUTE FUNCTION inventory_item_search();--> statement-breakpoint
UPDATE "inventory_item" SET "search_text" = NULL;
