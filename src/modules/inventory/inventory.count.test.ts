// 件数 as a number: the writer reads the text on every write (form and import alike), the list
// sorts, filters and adds it up, and the migration's SQL function reads old rows the same way.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRecordCount } from "../../core/registers/record-count.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

// Expected numbers written by hand.
const CASES: [text: string, value: number | null, qualifier: string | null][] = [
  ["約1,200件", 1200, "about"],
  ["１２００", 1200, null],
  ["1万人以上", 10_000, "at_least"],
  ["100未満", 100, "less_than"],
  ["不明", null, null],
  ["１，５００名", 1500, null],
  ["約３万件", 30_000, "about"],
  ["1.15万人", 11_500, null],
  ["100〜200", null, null],
  ["約100以上", null, null],
];

describe.each(dbKinds)("register 件数 (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  const base = () => `/api/v1/orgs/${orgId}/inventory-items`;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("件数 担当");
    orgId = await t.createOrg(owner, "株式会社かず");
    for (const [text] of CASES) {
      const res = await t.as(owner).post(base(), { name: `台帳 ${text}`, count: text });
      expect(res.statusCode, res.body).toBe(201);
      ids.set(text, res.json().id);
    }
  });
  afterAll(() => t.close());

  it("keeps the text as typed and reads it as a number with its qualifier", async () => {
    for (const [text, value, qualifier] of CASES) {
      const res = await t.as(owner).get(`${base()}/${ids.get(text)}`);
      expect(res.json(), text).toMatchObject({
        count: text,
        countValue: value,
        countQualifier: qualifier,
      });
    }
  });

  it("re-reads the number when the text changes, and clears it with the text", async () => {
    const id = ids.get("不明") as string;
    const edited = await t.as(owner).patch(`${base()}/${id}`, { count: "２００件" });
    expect(edited.json()).toMatchObject({
      count: "２００件",
      countValue: 200,
      countQualifier: null,
    });
    // Another field alone leaves the number as it is.
    const other = await t.as(owner).patch(`${base()}/${id}`, { purpose: "連絡" });
    expect(other.json()).toMatchObject({ countValue: 200 });
    const cleared = await t.as(owner).patch(`${base()}/${id}`, { count: "" });
    expect(cleared.json()).toMatchObject({ count: null, countValue: null, countQualifier: null });
    // The audit trail records the text the person wrote, not the derived columns.
    const events = await t
      .as(owner)
      .get(`/api/v1/orgs/${orgId}/audit-events?entity=inventory_item&entityId=${id}`);
    const changes = events.json().items.map((e: { changes: object }) => Object.keys(e.changes));
    expect(changes.flat()).not.toContain("countValue");
    await t.as(owner).patch(`${base()}/${id}`, { count: "不明" });
  });

  it("sorts by the number, rows without one last, and filters on it", async () => {
    const names = async (q: string) =>
      (await t.as(owner).get(`${base()}?${q}`)).json().items.map((i: { count: string }) => i.count);
    expect(await names("sort=-count&limit=3")).toEqual(["約３万件", "1.15万人", "1万人以上"]);
    const ascending = await names("sort=count");
    expect(ascending[0]).toBe("100未満");
    // Two rows of 1,200: their order is the id's.
    expect(ascending.slice(1, 3).sort()).toEqual(["約1,200件", "１２００"].sort());
    expect(ascending[3]).toBe("１，５００名");
    expect(ascending.slice(-3).sort()).toEqual(["100〜200", "不明", "約100以上"].sort());
    expect((await names("countMin=1200&countMax=1500&sort=count")).sort()).toEqual(
      ["約1,200件", "１２００", "１，５００名"].sort(),
    );
  });

  it("adds 件数 up over every matching row", async () => {
    const res = await t.as(owner).get(`${base()}?limit=1`);
    // 1,200 + 1,200 + 10,000 + 100 + 1,500 + 30,000 + 11,500 = 55,500 over 7 rows with a number.
    expect(res.json().countSum).toEqual({ value: 55_500, rows: 7 });
    const some = await t.as(owner).get(`${base()}?limit=1&countMax=1500`);
    expect(some.json().countSum).toEqual({ value: 4000, rows: 4 });
  });

  it("refuses bad number filters with a field error", async () => {
    for (const q of ["countMin=abc", "countMax=-1", "countMin=1.5", "countMax=99999999999999"]) {
      const res = await t.as(owner).get(`${base()}?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(Object.keys(res.json().error.fields), q).toEqual([q.split("=")[0]]);
    }
  });

  it("reads old rows in the migration exactly as the application reads new ones", async () => {
    const texts = [...CASES.map(([text]) => text), "1.5", "0件", " 42 ", "約100件程度", "1億"];
    for (const text of texts) {
      const rows = (await t.database.db.execute(
        sql`select value, qualifier from inventory_count_parse(${text})`,
      )) as unknown as { rows: { value: string | number | null; qualifier: string | null }[] };
      const row = rows.rows[0];
      const fromSql =
        row?.value == null ? null : { value: Number(row.value), qualifier: row.qualifier };
      expect(fromSql, text).toEqual(parseRecordCount(text));
    }
  });
});
