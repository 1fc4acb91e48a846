// Migration 0017 decides which risk rows that existed before the assessment columns count as
// assessed, from their origin and their audit events, and who recorded their last review. Rows
// are made through the API, their new columns emptied as before the migration, and the
// migration's UPDATE statements run again on them.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

const MIGRATION = new URL("../../../drizzle/0017_risks_assessed_reviewed.sql", import.meta.url);

/** The migration's data statements (the column additions have run already). */
function backfillStatements(): string[] {
  return readFileSync(MIGRATION, "utf8")
    .split("--> statement-breakpoint")
    .map((s) => s.trim())
    .filter((s) => !s.startsWith("ALTER TABLE"));
}

describe.each(dbKinds)("migration 0017: existing risk rows (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let manager: TestUser;
  let base: string;
  let item: string;
  const today = todayInJapan();

  const api = (as = owner) => t.as(as);
  async function suggested(id: string) {
    const res = await api().post(`${base}/risks/from-suggestions`, {
      itemIds: [item],
      suggestionIds: [id],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().ids[0] as string;
  }
  const state = async (id: string) => {
    const r = (await api().get(`${base}/risks/${id}`)).json();
    return [r.assessedOn, r.assessedBy, r.lastReviewedOn, r.lastReviewedBy];
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("移行 担当");
    const orgId = await t.createOrg(owner, "株式会社いこう");
    base = `/api/v1/orgs/${orgId}`;
    manager = await t.signUp("部門 管理者");
    await t.addMember(owner, orgId, manager, "manager");
    item = (await api().post(`${base}/inventory-items`, { name: "顧客名簿" })).json().id;
  });
  afterAll(() => t.close());

  it("classifies rows as a person's assessment only where the records show one", async () => {
    const handMade = (
      await api().post(`${base}/risks`, {
        itemId: item,
        phase: "transfer",
        kind: "leak",
        description: "誤送信",
        likelihood: 2,
        impact: 2,
      })
    ).json().id as string;
    const untouched = await suggested("acq-01");
    const textFixed = await suggested("acq-02");
    await api().patch(`${base}/risks/${textFixed}`, { description: "文言だけ直した" });
    const rerated = await suggested("acq-03");
    await api(manager).patch(`${base}/risks/${rerated}`, { impact: 3 });
    const accepted = await suggested("acq-04");
    await api().post(`${base}/risks/${accepted}/accept`, {
      acceptedBy: "代表取締役 山田",
      acceptedOn: "2026-11-30",
    });
    const reviewed = await suggested("acq-05");
    await api().post(`${base}/risks/${reviewed}/confirm-assessment`);
    const review = await api(manager).post(`${base}/risks/reviewed`, {
      ids: [reviewed],
      reviewedOn: "2026-10-01",
    });
    expect(review.statusCode, review.body).toBe(200);

    // As before the migration: no assessment, no reviewer; a review day from an imported file.
    await t.database.query(
      "update inventory_risk set assessed_on = null, assessed_by = null, last_reviewed_by = null",
    );
    await t.database.query(
      "update inventory_risk set last_reviewed_on = '2025-04-01' where id = $1",
      [handMade],
    );
    for (const statement of backfillStatements()) await t.database.query(statement);

    expect(await state(handMade)).toEqual([today, "移行 担当", "2025-04-01", null]);
    expect(await state(untouched)).toEqual([null, null, null, null]);
    expect(await state(textFixed)).toEqual([null, null, null, null]);
    expect(await state(rerated)).toEqual([today, "部門 管理者", null, null]);
    expect(await state(accepted)).toEqual(["2026-11-30", "代表取締役 山田", null, null]);
    expect(await state(reviewed)).toEqual(["2026-10-01", null, "2026-10-01", "部門 管理者"]);
  });
});
