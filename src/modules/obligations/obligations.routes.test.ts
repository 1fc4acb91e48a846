// PDCA calendar through the real HTTP routes: due days derived from the register, the risk
// analysis, the legal register and the education's completions, days recorded by hand, and
// the refusals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { recordTestCompletions } from "../education/education.readiness.test-support.ts";

/** YYYY-MM-DD `days` after `iso` (negative: before). */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Obligation = {
  key: string;
  source: string;
  lastDone: string | null;
  nextDue: string | null;
  status: string;
  daysUntilDue: number | null;
  dueFrom: string | null;
  rows: Record<string, unknown> | null;
};

describe.each(dbKinds)("obligations (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  // Today as the service sees it (JST) and the day 12 months back: a duty done then is due today.
  const today = todayInJapan();
  const [y, md] = [Number(today.slice(0, 4)), today.slice(5)];
  const exactlyYearAgo = `${y - 1}-${md === "02-29" ? "02-28" : md}`;
  const yearAndADayAgo = addDays(exactlyYearAgo, -1);
  const ids: Record<string, string> = {};

  async function obligations(lang = "ja") {
    const res = await t.as(owner, lang).get(`${base}/obligations`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { today: string; items: Obligation[] };
  }
  const one = async (key: string) =>
    (await obligations()).items.find((o) => o.key === key) as Obligation;
  async function created(res: { statusCode: number; body: string; json(): { id: string } }) {
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }
  /** The duties done by hand are dated by activity records (実施記録) of the same kind. */
  const record = (key: string, body: { doneOn: string; note?: string }, org = base, as = owner) =>
    t.as(as).post(`${org}/activities`, {
      kind: key,
      performedOn: body.doneOn,
      performedByName: "運用 担当",
      notes: body.note,
      // A management review is top management's act: it counts once approved.
      ...(key === "management_review" ? { approverUserId: as.id } : {}),
    });
  const auditTotal = async () =>
    (await t.as(owner).get(`${base}/audit-events?limit=1`)).json().total as number;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("運用 担当");
    orgId = await t.createOrg(owner, "株式会社うんよう");
    base = `/api/v1/orgs/${orgId}`;
    outsider = await t.signUp("他社 社員");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
  });
  afterAll(() => t.close());

  it("starts with every obligation never done, in catalogue order", async () => {
    const r = await obligations();
    expect(r.today).toBe(today);
    expect(r.items.map((o) => [o.key, o.source, o.status, o.lastDone, o.nextDue])).toEqual([
      ["register_review", "derived", "never", null, null],
      ["risk_review", "derived", "never", null, null],
      ["legal_review", "derived", "never", null, null],
      ["education", "derived", "never", null, null],
      ["internal_audit", "record", "never", null, null],
      ["management_review", "record", "never", null, null],
      ["vendor_review", "record", "never", null, null],
      ["document_review", "record", "never", null, null],
    ]);
    expect(r.items[0]).toMatchObject({
      title: { ja: "個人情報管理台帳の見直し", en: "Review the personal information register" },
      rhythmMonths: 12,
      daysUntilDue: null,
      fixPath: "inventory?reviewOverdue=true",
    });
  });

  it("derives the register review from the oldest review of the active items", async () => {
    const item = (body: Record<string, unknown>) =>
      t.as(owner).post(`${base}/inventory-items`, body).then(created);
    ids.old = await item({ name: "顧客名簿", identifiedOn: exactlyYearAgo });
    ids.fresh = await item({ name: "社員名簿", identifiedOn: "2020-04-01", lastReviewedOn: today });
    expect(await one("register_review")).toMatchObject({
      lastDone: exactlyYearAgo,
      nextDue: today,
      status: "due_soon",
      daysUntilDue: 0,
    });
    // An item without any date has never been reviewed: so has the register.
    ids.undated = await item({ name: "応募者名簿" });
    expect(await one("register_review")).toMatchObject({ lastDone: null, status: "never" });
    // Retired items do not count.
    const retire = await t
      .as(owner)
      .patch(`${base}/inventory-items/${ids.undated}`, { status: "retired" });
    expect(retire.statusCode, retire.body).toBe(200);
    expect((await one("register_review")).lastDone).toBe(exactlyYearAgo);
  });

  it("derives the risk review from the rows' last change or earlier planned review", async () => {
    const risk = (itemId: string, extra: Record<string, unknown> = {}) =>
      t
        .as(owner)
        .post(`${base}/risks`, {
          itemId,
          phase: "transfer",
          kind: "leak",
          description: "誤送信",
          likelihood: 2,
          impact: 2,
          ...extra,
        })
        .then(created);
    await risk(ids.old as string);
    const fromChange = await one("risk_review");
    expect(fromChange).toMatchObject({ lastDone: today, status: "ok", dueFrom: "rhythm" });
    expect(fromChange.daysUntilDue).toBeGreaterThanOrEqual(365);
    await risk(ids.fresh as string, { reviewOn: addDays(today, 20) });
    expect(await one("risk_review")).toMatchObject({
      lastDone: today,
      nextDue: addDays(today, 20),
      status: "due_soon",
      daysUntilDue: 20,
      dueFrom: "planned",
      rows: {
        total: 2,
        undated: 0,
        overdue: 0,
        dueSoon: 1,
        oldest: today,
        firstPlanned: addDays(today, 20),
      },
    });
    // A planned review of a retired item's row does not count.
    await risk(ids.undated as string, { reviewOn: addDays(today, -5) });
    expect((await one("risk_review")).nextDue).toBe(addDays(today, 20));
  });

  it("derives the legal review from the oldest check; an unchecked entry means never", async () => {
    const entry = (body: Record<string, unknown>) =>
      t
        .as(owner)
        .post(`${base}/legal-requirements`, { kind: "guideline", ...body })
        .then(created);
    await entry({ name: "業界ガイドライン", checkedOn: yearAndADayAgo });
    await entry({ name: "社内で決めた基準", checkedOn: today });
    expect(await one("legal_review")).toMatchObject({
      lastDone: yearAndADayAgo,
      nextDue: addDays(today, -1),
      status: "overdue",
      daysUntilDue: -1,
    });
    ids.unchecked = await entry({ name: "未確認の規範" });
    expect(await one("legal_review")).toMatchObject({ lastDone: null, status: "never" });
    await t.as(owner).delete(`${base}/legal-requirements/${ids.unchecked}`);
  });

  it("reads the days of the duties done by hand from activity records; the latest counts", async () => {
    ids.vendor = await created(await record("vendor_review", { doneOn: exactlyYearAgo }));
    ids.older = await created(
      await record("vendor_review", { doneOn: "2023-04-10", note: "再評価（記録は総務部）" }),
    );
    expect(await one("vendor_review")).toMatchObject({
      lastDone: exactlyYearAgo,
      nextDue: today,
      status: "due_soon",
      daysUntilDue: 0,
      fixPath: "activities?new=vendor_review",
    });
    expect(await one("internal_audit")).toMatchObject({ lastDone: null, status: "never" });
  });

  it("derives the education from the latest completion, not from activity records", async () => {
    // A record of kind education is history on 実施記録; it dates nothing now.
    await created(await record("education", { doneOn: today }));
    expect(await one("education")).toMatchObject({ lastDone: null, status: "never" });
    const person = await created(
      await t.as(owner).post(`${base}/people`, { name: "受講 太郎", employmentType: "regular" }),
    );
    const ctx = { orgId, userId: owner.id, userName: owner.name, role: "owner" as const };
    await recordTestCompletions(t.database.db, ctx, [person], exactlyYearAgo);
    expect(await one("education")).toMatchObject({
      source: "derived",
      lastDone: exactlyYearAgo,
      nextDue: today,
      status: "due_soon",
      daysUntilDue: 0,
      dueFrom: "rhythm",
      rows: {
        total: 1,
        undated: 0,
        overdue: 0,
        dueSoon: 1,
        oldest: exactlyYearAgo,
        latest: exactlyYearAgo,
        firstPlanned: null,
      },
      fixPath: "education",
    });
  });

  it("sorts never done first, then by due day", async () => {
    await record("internal_audit", { doneOn: today });
    const review = await created(await record("management_review", { doneOn: yearAndADayAgo }));
    // Not approved yet: a review waiting for top management is not done.
    expect(await one("management_review")).toMatchObject({ status: "never" });
    expect((await t.as(owner).post(`${base}/activities/${review}/approve`)).statusCode).toBe(200);
    const r = await obligations();
    expect(r.items.map((o) => [o.key, o.status])).toEqual([
      ["document_review", "never"],
      ["legal_review", "overdue"],
      ["management_review", "overdue"],
      ["register_review", "due_soon"],
      ["education", "due_soon"],
      ["vendor_review", "due_soon"],
      ["risk_review", "due_soon"],
      ["internal_audit", "ok"],
    ]);
  });

  it("refuses a day after today, a kind not offered and HTML notes, changing nothing", async () => {
    const before = await auditTotal();
    const future = await record("education", { doneOn: addDays(today, 1) });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toEqual({
      performedOn: "今日より後の日付は入力できません。",
    });
    const unknown = await record("fire_drill", { doneOn: today });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual({ kind: "選択肢から選んでください。" });
    const html = await record("education", { doneOn: today, note: '<img src=x onerror="x">' });
    expect(html.json().error.fields).toEqual({ notes: "HTMLタグやスクリプトは入力できません。" });
    expect(await auditTotal()).toBe(before);
  });

  it("deletes a record (the day before counts again); another org's record → 404", async () => {
    const del = (id: string, org = base, as = owner) => t.as(as).delete(`${org}/activities/${id}`);
    const foreignBase = `/api/v1/orgs/${otherOrg}`;
    const foreign = await created(
      await record("education", { doneOn: "2025-01-15" }, foreignBase, outsider),
    );
    expect((await del(foreign)).statusCode).toBe(404);
    expect((await t.as(outsider).get(`${foreignBase}/activities`)).json().total).toBe(1);
    expect((await del(ids.vendor as string)).statusCode).toBe(204);
    expect(await one("vendor_review")).toMatchObject({ lastDone: "2023-04-10", status: "overdue" });
    const events = (
      await t.as(owner).get(`${base}/audit-events?entity=activity_record&entityId=${ids.vendor}`)
    ).json().items as { action: string; changes: Record<string, { old: unknown; new: unknown }> }[];
    expect(events.map((e) => e.action)).toEqual(["delete", "create"]);
    expect(events[1]?.changes.performedOn).toEqual({ old: null, new: exactlyYearAgo });
    expect(events[1]?.changes.kind).toEqual({ old: null, new: "vendor_review" });
  });
});
