// The demo company's PDCA calendar: the staff education (its latest completion, the classroom
// session 5 months ago) and the vendor re-evaluation (recorded 3 months ago) are done;
// the first internal audit and the management review are still ahead; the risk analysis is
// overdue from its oldest row, with dates that agree. Expected days are
// counted back by hand from today in Japan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp } from "../../test/harness.ts";

type Item = {
  key: string;
  lastDone: string | null;
  nextDue: string | null;
  status: string;
  dueFrom: string | null;
  rows: { oldest: string | null; latest: string | null; [count: string]: unknown } | null;
};

/** The same day `months` months earlier, clamped to the month's end (hand-rolled for the test). */
function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${year}-${two(month)}-${two(Math.min(d, last))}`;
}

describe.each(dbKinds)("the demo company's PDCA calendar (%s)", (kind) => {
  let t: TestApp;
  const items = new Map<string, Item>();
  const today = todayInJapan();

  beforeAll(async () => {
    t = await startTestApp(kind);
    const owner = await t.signUp("見本 閲覧");
    const orgId = await t.createOrg(owner, "株式会社サンプル義務", true);
    const res = await t.as(owner).get(`/api/v1/orgs/${orgId}/obligations`);
    expect(res.statusCode, res.body).toBe(200);
    for (const i of res.json().items as Item[]) items.set(i.key, i);
  });
  afterAll(() => t.close());

  it("has the education and the vendor re-evaluation done, due again 12 months later", () => {
    const education = monthsBefore(today, 5);
    // Dated by the completions: 40 in office, 3 never completed (demo-education-seed.ts).
    expect(items.get("education")).toMatchObject({
      lastDone: education,
      nextDue: monthsBefore(education, -12),
      status: "ok",
      rows: { total: 40, undated: 3, overdue: 3, dueSoon: 0, latest: education },
    });
    expect(items.get("vendor_review")).toMatchObject({
      lastDone: monthsBefore(today, 3),
      status: "ok",
    });
  });

  it("shows the risk analysis's dates in agreement: the oldest row 16 months ago, due 12 months later", () => {
    // One item was last reviewed 16 months ago (another 14); its risk rows entered the analysis
    // then and were planned for review 12 months after, so the duty is overdue since then — and
    // the most recent review (another item's) is shown beside it, not counted from.
    const oldest = monthsBefore(today, 16);
    const risk = items.get("risk_review");
    expect(risk).toMatchObject({
      lastDone: oldest,
      nextDue: monthsBefore(oldest, -12),
      status: "overdue",
    });
    expect(risk?.rows?.oldest).toBe(oldest);
    expect(risk?.rows?.latest).toBe(monthsBefore(today, 2));
  });

  it("never shows a next due day on or before the day last done", () => {
    for (const i of items.values())
      if (i.lastDone !== null)
        expect(i.nextDue !== null && i.nextDue > i.lastDone, i.key).toBe(true);
  });

  it("has the internal audit and the management review still ahead", () => {
    expect(items.get("internal_audit")).toMatchObject({ lastDone: null, status: "never" });
    expect(items.get("management_review")).toMatchObject({ lastDone: null, status: "never" });
  });
});
