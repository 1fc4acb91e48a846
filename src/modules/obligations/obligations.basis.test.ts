// The basis of the register-wide reviews on fixed days: the oldest review among the rows gives
// lastDone, nextDue is 12 months later (or an earlier planned review day of a risk row), and the
// rows are counted as late or close. Rows are written through the API; the day a risk row entered
// the analysis is moved in the database, since the API stamps it with the current time. A risk
// row's review day is its recorded review (見直し済み), else that day; edits never move it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ObligationState } from "../../core/obligations/index.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { recordTestCompletions } from "../education/education.readiness.test-support.ts";
import { obligationStatesOf } from "./obligations.service.ts";

describe.each(dbKinds)("obligation basis (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("基準 確認");
  });
  afterAll(() => t.close());

  async function newOrg(name: string) {
    const orgId = await t.createOrg(owner, name);
    return { orgId, base: `/api/v1/orgs/${orgId}` };
  }
  async function created(res: { statusCode: number; body: string; json(): { id: string } }) {
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }
  const item = (base: string, body: Record<string, unknown>) =>
    t.as(owner).post(`${base}/inventory-items`, body).then(created);
  const legal = (base: string, body: Record<string, unknown>) =>
    t
      .as(owner)
      .post(`${base}/legal-requirements`, { kind: "guideline", ...body })
      .then(created);
  const retire = async (base: string, id: string) => {
    const res = await t.as(owner).patch(`${base}/inventory-items/${id}`, { status: "retired" });
    expect(res.statusCode, res.body).toBe(200);
  };
  /** A risk row that entered the analysis at `changedAt` (a timestamp), planned for `reviewOn`. */
  async function risk(base: string, itemId: string, changedAt: string, reviewOn: string | null) {
    const body = {
      itemId,
      phase: "use_processing",
      kind: "leak",
      description: "持ち出し",
      likelihood: 2,
    };
    const id = await created(await t.as(owner).post(`${base}/risks`, { ...body, impact: 2 }));
    await t.database.query(
      "update inventory_risk set created_at = $1::timestamptz, updated_at = $1::timestamptz, review_on = $2::date where id = $3",
      [changedAt, reviewOn, id],
    );
    return id;
  }
  async function stateOn(orgId: string, key: string, today: string) {
    const states = await obligationStatesOf(t.database.db, orgId, today);
    return states.find((s) => s.key === key) as ObligationState;
  }
  const figures = (s: ObligationState) => ({
    lastDone: s.lastDone,
    nextDue: s.nextDue,
    status: s.status,
    daysUntilDue: s.daysUntilDue,
    dueFrom: s.dueFrom,
    rows: s.rows,
  });

  it("no rows: never done, with every count zero (the page says the register is empty)", async () => {
    const { orgId, base } = await newOrg("株式会社からっぽ");
    const res = await t.as(owner).get(`${base}/obligations`);
    expect(res.statusCode, res.body).toBe(200);
    const byKey = new Map<string, Record<string, unknown>>(
      res.json().items.map((o: Record<string, unknown>) => [o.key, o]),
    );
    const empty = {
      total: 0,
      undated: 0,
      overdue: 0,
      dueSoon: 0,
      oldest: null,
      latest: null,
      firstPlanned: null,
    };
    // The education's rows are the workers in office: none yet.
    for (const key of ["register_review", "risk_review", "legal_review", "education"]) {
      expect(byKey.get(key), key).toMatchObject({
        status: "never",
        lastDone: null,
        dueFrom: null,
        rows: empty,
      });
    }
    // Obligations recorded by hand have no rows.
    expect(byKey.get("internal_audit")).toMatchObject({
      status: "never",
      rows: null,
      dueFrom: null,
    });
    // Items without a single risk row: the analysis has not started, so never either.
    await item(base, { name: "顧客名簿", lastReviewedOn: "2026-05-01" });
    expect(figures(await stateOn(orgId, "risk_review", "2026-08-31"))).toEqual({
      lastDone: null,
      nextDue: null,
      status: "never",
      daysUntilDue: null,
      dueFrom: null,
      rows: empty,
    });
  });

  it("risk analysis: the oldest row never reviewed drives from the day it was added, counted on the Japanese day; retired items' rows do not count", async () => {
    const { orgId, base } = await newOrg("株式会社りすく");
    const a = await item(base, { name: "顧客名簿" });
    const b = await item(base, { name: "社員名簿" });
    const gone = await item(base, { name: "旧会員名簿" });
    // 2025-08-30 15:30 UTC is 2025-08-31 00:30 in Japan: a month-end review.
    await risk(base, a, "2025-08-30T15:30:00Z", null);
    await risk(base, a, "2026-03-15T10:00:00+09:00", null);
    await risk(base, b, "2026-06-01T10:00:00+09:00", "2026-10-20");
    await risk(base, gone, "2024-01-10T10:00:00+09:00", "2025-01-01");

    // While the old item is in use, its row is the oldest and its planned day comes first.
    expect(figures(await stateOn(orgId, "risk_review", "2026-08-31"))).toEqual({
      lastDone: "2024-01-10",
      nextDue: "2025-01-01",
      status: "overdue",
      daysUntilDue: -607,
      dueFrom: "planned",
      rows: {
        total: 4,
        undated: 0,
        overdue: 1,
        dueSoon: 2,
        oldest: "2024-01-10",
        latest: "2026-06-01",
        firstPlanned: "2025-01-01",
      },
    });

    await retire(base, gone);
    // Changed 2025-08-31 (a month's last day) → due 2026-08-31: today, still in time.
    const onDueDay = await stateOn(orgId, "risk_review", "2026-08-31");
    expect(figures(onDueDay)).toEqual({
      lastDone: "2025-08-31",
      nextDue: "2026-08-31",
      status: "due_soon",
      daysUntilDue: 0,
      dueFrom: "rhythm",
      // Due soon: the 2025-08-31 row (today) and the row planned for 2026-10-20 (50 days).
      rows: {
        total: 3,
        undated: 0,
        overdue: 0,
        dueSoon: 2,
        oldest: "2025-08-31",
        latest: "2026-06-01",
        firstPlanned: "2026-10-20",
      },
    });
    // The day after, the oldest row is late.
    expect(figures(await stateOn(orgId, "risk_review", "2026-09-01"))).toMatchObject({
      nextDue: "2026-08-31",
      status: "overdue",
      daysUntilDue: -1,
      rows: { total: 3, overdue: 1, dueSoon: 1 },
    });
  });

  it("risk analysis: an earlier planned review day drives nextDue and says so; rows past it count as overdue", async () => {
    const { orgId, base } = await newOrg("株式会社よてい");
    const a = await item(base, { name: "問い合わせ記録" });
    // Both rows added last autumn, one planned for review in the spring.
    await risk(base, a, "2025-10-01T09:00:00+09:00", "2026-05-01");
    await risk(base, a, "2025-10-02T09:00:00+09:00", null);
    expect(figures(await stateOn(orgId, "risk_review", "2026-08-31"))).toEqual({
      lastDone: "2025-10-01",
      nextDue: "2026-05-01",
      status: "overdue",
      daysUntilDue: -122,
      dueFrom: "planned",
      rows: {
        total: 2,
        undated: 0,
        overdue: 1,
        dueSoon: 1,
        oldest: "2025-10-01",
        latest: "2025-10-02",
        firstPlanned: "2026-05-01",
      },
    });
  });

  it("risk analysis: only a recorded review counts (edits do not), a next plan too; 未評価 rows are left out", async () => {
    const { orgId, base } = await newOrg("株式会社みなおし済み");
    const a = await item(base, { name: "顧客名簿" });
    const review = async (ids: string[], body: Record<string, unknown>) => {
      const res = await t.as(owner).post(`${base}/risks/reviewed`, { ids, ...body });
      expect(res.statusCode, res.body).toBe(200);
    };
    // Added long ago, reviewed (recorded today, for an earlier day) with nothing to change:
    // the review day counts, not the day it was recorded.
    const quiet = await risk(base, a, "2025-05-10T10:00:00+09:00", null);
    await review([quiet], { reviewedOn: "2025-09-15" });
    // Reviewed 13 months ago, re-rated today: an edit is no review, the row stays late.
    const edited = await risk(base, a, "2025-06-01T10:00:00+09:00", null);
    await review([edited], { reviewedOn: "2025-07-31" });
    const patch = await t.as(owner).patch(`${base}/risks/${edited}`, { likelihood: 3 });
    expect(patch.statusCode, patch.body).toBe(200);
    // A suggestion nobody has assessed is not in the analysis yet.
    const suggested = await t
      .as(owner)
      .post(`${base}/risks/from-suggestions`, { itemIds: [a], suggestionIds: ["acq-01"] });
    expect(suggested.statusCode, suggested.body).toBe(201);
    const rows = {
      total: 2,
      undated: 0,
      overdue: 1,
      dueSoon: 1,
      oldest: "2025-07-31",
      latest: "2025-09-15",
      firstPlanned: null,
    };
    expect(figures(await stateOn(orgId, "risk_review", "2026-08-31"))).toEqual({
      lastDone: "2025-07-31",
      nextDue: "2026-07-31",
      status: "overdue",
      daysUntilDue: -31,
      dueFrom: "rhythm",
      rows,
    });
    // A review naming the next one plans it; that earlier day now drives.
    await review([quiet], { reviewedOn: "2025-09-15", nextReviewOn: "2026-03-01" });
    expect(figures(await stateOn(orgId, "risk_review", "2026-08-31"))).toEqual({
      lastDone: "2025-07-31",
      nextDue: "2026-03-01",
      status: "overdue",
      daysUntilDue: -183,
      dueFrom: "planned",
      rows: { ...rows, overdue: 2, dueSoon: 0, firstPlanned: "2026-03-01" },
    });
  });

  it("risk analysis: a planned day on or before its row's review was met by it, so nextDue follows lastDone", async () => {
    const { orgId, base } = await newOrg("株式会社つじつま");
    const a = await item(base, { name: "顧客名簿" });
    const row = await risk(base, a, "2025-06-01T10:00:00+09:00", null);
    const reviewed = await t
      .as(owner)
      .post(`${base}/risks/reviewed`, { ids: [row], reviewedOn: "2025-12-06" });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    // A plan left behind before the review (the issue: last done 12-06, due 08-06).
    const stale = await t.as(owner).patch(`${base}/risks/${row}`, { reviewOn: "2025-08-06" });
    expect(stale.statusCode, stale.body).toBe(200);
    expect(figures(await stateOn(orgId, "risk_review", "2026-08-31"))).toEqual({
      lastDone: "2025-12-06",
      nextDue: "2026-12-06",
      status: "ok",
      daysUntilDue: 97,
      dueFrom: "rhythm",
      rows: {
        total: 1,
        undated: 0,
        overdue: 0,
        dueSoon: 0,
        oldest: "2025-12-06",
        latest: "2025-12-06",
        firstPlanned: null,
      },
    });
    // A plan after the review counts: due on it, and the row is counted due soon.
    await t.as(owner).patch(`${base}/risks/${row}`, { reviewOn: "2026-09-30" });
    expect(figures(await stateOn(orgId, "risk_review", "2026-08-31"))).toMatchObject({
      nextDue: "2026-09-30",
      dueFrom: "planned",
      daysUntilDue: 30,
      rows: { overdue: 0, dueSoon: 1, firstPlanned: "2026-09-30" },
    });
  });

  it("leap day: reviewed 2024-02-29 → due 2025-02-28 (register, risks, legal and education alike)", async () => {
    const { orgId, base } = await newOrg("株式会社うるう");
    const a = await item(base, {
      name: "会員名簿",
      identifiedOn: "2023-04-01",
      lastReviewedOn: "2024-02-29",
    });
    await risk(base, a, "2024-02-29T18:00:00+09:00", null);
    await legal(base, { name: "業界ガイドライン", checkedOn: "2024-02-29" });
    // One worker in office, who completed the yearly course on the leap day.
    const learner = await created(
      await t.as(owner).post(`${base}/people`, { name: "受講 一郎", employmentType: "regular" }),
    );
    const ctx = { orgId, userId: owner.id, userName: owner.name, role: "owner" as const };
    await recordTestCompletions(t.database.db, ctx, [learner], "2024-02-29");
    for (const key of ["register_review", "risk_review", "legal_review", "education"]) {
      const dueDay = await stateOn(orgId, key, "2025-02-28");
      expect(figures(dueDay), key).toEqual({
        lastDone: "2024-02-29",
        nextDue: "2025-02-28",
        status: "due_soon",
        daysUntilDue: 0,
        dueFrom: "rhythm",
        rows: {
          total: 1,
          undated: 0,
          overdue: 0,
          dueSoon: 1,
          oldest: "2024-02-29",
          latest: "2024-02-29",
          firstPlanned: null,
        },
      });
      expect(figures(await stateOn(orgId, key, "2025-03-01")), key).toMatchObject({
        status: "overdue",
        daysUntilDue: -1,
        rows: { overdue: 1, dueSoon: 0 },
      });
    }
  });

  it("register: identification day counts for an item never reviewed; an undated item means never", async () => {
    const { orgId, base } = await newOrg("株式会社だいちょう");
    await item(base, {
      name: "顧客名簿",
      identifiedOn: "2024-04-01",
      lastReviewedOn: "2025-08-31",
    });
    await item(base, { name: "応募者名簿", identifiedOn: "2026-01-10" });
    await item(base, {
      name: "社員名簿",
      identifiedOn: "2020-04-01",
      lastReviewedOn: "2026-07-01",
    });
    const rows = { total: 3, undated: 0, overdue: 0, dueSoon: 1, oldest: "2025-08-31" };
    // The oldest row counts; the latest review (社員名簿) is shown beside it, never counted.
    const latest = "2026-07-01";
    expect(figures(await stateOn(orgId, "register_review", "2026-08-31"))).toEqual({
      lastDone: "2025-08-31",
      nextDue: "2026-08-31",
      status: "due_soon",
      daysUntilDue: 0,
      dueFrom: "rhythm",
      rows: { ...rows, latest, firstPlanned: null },
    });
    const undated = await item(base, { name: "日付なしの名簿" });
    expect(figures(await stateOn(orgId, "register_review", "2026-08-31"))).toMatchObject({
      lastDone: null,
      nextDue: null,
      status: "never",
      rows: { total: 4, undated: 1, overdue: 1, dueSoon: 1, oldest: "2025-08-31" },
    });
    await retire(base, undated);
    expect((await stateOn(orgId, "register_review", "2026-08-31")).rows).toMatchObject(rows);
  });

  it("legal register: the oldest check drives; an unchecked entry means never but is counted", async () => {
    const { orgId, base } = await newOrg("株式会社ほうれい");
    await legal(base, { name: "業界ガイドライン", checkedOn: "2025-09-15" });
    await legal(base, { name: "社内基準", checkedOn: "2026-08-01" });
    expect(figures(await stateOn(orgId, "legal_review", "2026-08-31"))).toMatchObject({
      lastDone: "2025-09-15",
      nextDue: "2026-09-15",
      status: "due_soon",
      daysUntilDue: 15,
      rows: { total: 2, undated: 0, overdue: 0, dueSoon: 1, oldest: "2025-09-15" },
    });
    await legal(base, { name: "未確認の規範" });
    expect(figures(await stateOn(orgId, "legal_review", "2026-08-31"))).toMatchObject({
      lastDone: null,
      status: "never",
      dueFrom: null,
      rows: { total: 3, undated: 1, overdue: 1, dueSoon: 1, oldest: "2025-09-15" },
    });
  });
});
