// The education provider on both databases, over a small fixture written straight into the
// tables: which completions count (yearly courses only, archived or withdrawn ones too, none
// dated after today), who is in office, the PDCA duty dated from the same completions, the
// report through the route, and a fixed number of statements whatever the size. Counts and
// reasons worked out by hand; days relative to today (the route judges on today).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, countBounds, nextDue } from "../../core/obligations/index.ts";
import { reviewCutoff } from "../../core/review-cycle.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { formatSeireki } from "../../core/wareki.ts";
import { countingDb } from "../../test/counting-db.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { person } from "../people/index.ts";
import type { ReadinessOut } from "../readiness/readiness.contract.ts";
import { educationReadiness, loadEducationPeople } from "./education.readiness.ts";
import { educationAssignment, educationCourse, educationPlan } from "./education.tables.ts";

const T = todayInJapan();
/** 12 months before today: a completion on this day still counts, the day before does not. */
const K = reviewCutoff(T);

describe.each(dbKinds)("education readiness (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("代表 一郎");
    orgId = await t.createOrg(owner, "株式会社教育準備");
    const db = t.database.db;
    // Reading order: あ… (kana) decides the order the rule names people in.
    const people: [string, string, string, string | null][] = [
      ["a", "青木 一", "あおき", null], // completed exactly 12 months ago (archived course)
      ["b", "井上 二", "いのうえ", null], // one day too early
      ["c", "上田 三", "うえだ", null], // 10 days ago
      ["d", "江藤 四", "えとう", null], // only a role course: does not count
      ["e", "小野 五", "おの", addDays(T, -30)], // left 30 days ago, completed 40 days ago
      ["f", "加藤 六", "かとう", null], // a completion dated tomorrow: not yet
    ];
    for (const [key, name, kana, leftOn] of people) {
      ids[key] = randomUUID();
      await db
        .insert(person)
        .values({ orgId, id: ids[key], name, kana, employmentType: "regular", leftOn });
    }
    const planId = randomUUID();
    await db.insert(educationPlan).values({
      orgId,
      id: planId,
      fiscalYear: 2025,
      title: "教育計画",
      periodStart: "2025-04-01",
      periodEnd: "2026-03-31",
    });
    const course = async (audience: string, status = "open") => {
      const id = randomUUID();
      await db
        .insert(educationCourse)
        .values({ orgId, id, planId, title: `${audience}のコース`, audience, status });
      return id;
    };
    const general = await course("all_staff");
    const archived = await course("all_staff", "archived");
    const role = await course("pms_manager");
    const done = async (courseId: string, key: string, on: string | null, withdrawn = false) =>
      db.insert(educationAssignment).values({
        orgId,
        id: randomUUID(),
        courseId,
        personId: ids[key] as string,
        completedOn: on,
        completedVia: on ? "e_learning" : null,
        withdrawnAt: withdrawn ? new Date() : null,
        withdrawnReason: withdrawn ? "left" : null,
      });
    await done(archived, "a", K);
    await done(general, "a", null);
    await done(general, "b", addDays(K, -1));
    await done(general, "c", addDays(T, -10));
    await done(role, "d", addDays(T, -5));
    await done(general, "d", null);
    await done(general, "e", addDays(T, -40), true);
    await done(general, "f", addDays(T, 1));
  });
  afterAll(() => t.close());

  it("loads everyone in office and anyone who completed, with their latest counting day", async () => {
    expect(await loadEducationPeople(t.database.db, orgId, T)).toEqual([
      { personId: ids.a, name: "青木 一", leftOn: null, lastCompletedOn: K },
      { personId: ids.b, name: "井上 二", leftOn: null, lastCompletedOn: addDays(K, -1) },
      { personId: ids.c, name: "上田 三", leftOn: null, lastCompletedOn: addDays(T, -10) },
      { personId: ids.d, name: "江藤 四", leftOn: null, lastCompletedOn: null },
      {
        personId: ids.e,
        name: "小野 五",
        leftOn: addDays(T, -30),
        lastCompletedOn: addDays(T, -40),
      },
      { personId: ids.f, name: "加藤 六", leftOn: null, lastCompletedOn: null },
    ]);
  });

  it("dates the PDCA duty from the latest completion, rows over the workers in office", async () => {
    const [duty] = educationReadiness.duties ?? [];
    const rows = await duty?.summary(t.database.db, orgId, countBounds(T));
    // In office: a b c d f (5). Never completed: d f. Late: b d f. Due within 60 days: a
    // (due today). Oldest among the dated: b's, the day before K; latest of anyone: c's,
    // 10 days ago.
    expect(rows).toEqual({
      total: 5,
      undated: 2,
      overdue: 3,
      dueSoon: 1,
      oldest: addDays(K, -1),
      latest: addDays(T, -10),
      firstPlanned: null,
    });
    const res = await t.as(owner).get(`/api/v1/orgs/${orgId}/obligations`);
    expect(res.statusCode, res.body).toBe(200);
    const education = res.json().items.find((o: { key: string }) => o.key === "education");
    expect(education).toMatchObject({
      source: "derived",
      lastDone: addDays(T, -10),
      nextDue: nextDue(addDays(T, -10), 12),
      status: "ok",
      dueFrom: "rhythm",
      fixPath: "education",
    });
  });

  it("reports the education done, and three workers in office without it", async () => {
    const res = await t.as(owner).get(`/api/v1/orgs/${orgId}/readiness`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as ReadinessOut;
    const rule = (id: string) => r.results.find((x) => x.ruleId === id);
    // Counted since K: a (K), c, e (left since, still educated) = 3; latest c's.
    const latest = addDays(T, -10);
    expect(rule("manual.education")).toMatchObject({
      status: "ok",
      fixPath: "education",
      reason: {
        ja: `${formatSeireki(K)}以降に3名が教育を修了しています（最新の修了日 ${formatSeireki(latest)}）。${formatSeireki(nextDue(latest, 12))}まで有効です。`,
      },
    });
    expect(rule("education.all_staff")).toMatchObject({
      status: "gap",
      severity: "finding",
      reason: {
        ja: `${formatSeireki(T)}に在籍する従業者5名のうち3名が、${formatSeireki(K)}以降に教育を修了していません（井上 二、江藤 四、加藤 六）。`,
      },
    });
  });

  it("runs one statement for the rules and one for the duty, whatever the size", async () => {
    const counting = countingDb(t);
    const ctx = { orgId, userId: owner.id, userName: owner.name, role: "owner" as const };
    await educationReadiness.load(counting.db, ctx, { today: T, lang: "ja" });
    await educationReadiness.duties?.[0]?.summary(counting.db, orgId, countBounds(T));
    expect(counting.count()).toBe(2);
  });
});
