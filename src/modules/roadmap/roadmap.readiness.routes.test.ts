// The planned application day (申請予定日) through the real routes: set on the work plan, it is
// the day readiness judges yearly work on while it is ahead (12 months back, to the day; here
// the safety measures' check, the education's completions alike: core education.test.ts), a day
// already past leaves today as the reference, another organization's plan changes nothing, and
// days outside 2000–2100 are refused. The years are relative to today (Y), the sentences
// written out by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { kanjiDate } from "../../test/kanji-date.ts";

type Result = { ruleId: string; status: string; reason: { ja: string; en: string } };

describe.each(dbKinds)("planned application day and readiness (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let other: TestUser;
  let base: string;
  let otherBase: string;
  const today = todayInJapan();
  const y = Number(today.slice(0, 4));
  // 1 January of next year is always ahead; 12 months before it is 1 January of this year,
  // always today or earlier, and 31 December of last year is the day before that.
  const planned = `${y + 1}-01-01`;
  const edge = `${y}-01-01`;
  const dayBefore = `${y - 1}-12-31`;

  const safety = async (b = base, user = owner) => {
    const res = await t.as(user).get(`${b}/readiness`);
    expect(res.statusCode, res.body).toBe(200);
    const found = (res.json().results as Result[]).find(
      (r) => r.ruleId === "manual.safety_measures",
    );
    if (!found) throw new Error("no safety measures rule");
    return found;
  };
  const setPlanned = async (applicationOn: string | null, b = base, user = owner) => {
    const res = await t.as(user).patch(`${b}/roadmap/plan`, { applicationOn });
    expect(res.statusCode, res.body).toBe(200);
  };
  const record = async (performedOn: string, b = base, user = owner) => {
    const res = await t.as(user).post(`${b}/activities`, {
      kind: "safety_measure_check",
      performedOn,
      performedByName: "点検 担当",
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("申請 担当");
    base = `/api/v1/orgs/${await t.createOrg(owner, "株式会社よてい")}`;
    other = await t.signUp("他社 担当");
    otherBase = `/api/v1/orgs/${await t.createOrg(other, "株式会社べつ")}`;
  });
  afterAll(() => t.close());

  it("counts a record of exactly 12 months before the planned day, not one a day older", async () => {
    await record(dayBefore);
    // Today the record is within 12 months; without a planned day it counts.
    expect((await safety()).status).toBe("ok");
    await setPlanned(planned);
    expect(await safety()).toMatchObject({
      status: "gap",
      reason: {
        ja: `最後の「安全管理措置の点検」の記録は${kanjiDate(dayBefore)}で、申請予定日${kanjiDate(planned)}には12か月を過ぎています。${kanjiDate(edge)}以降の記録が必要です。`,
        en: `The last record of "Safety measures checked" is of ${dayBefore}, more than 12 months before the planned application on ${planned}. A record on or after ${edge} is needed.`,
      },
    });
    // The other organization's plan and records are its own.
    await setPlanned(planned, otherBase, other);
    await record(dayBefore, otherBase, other);
    await record(edge);
    expect(await safety()).toMatchObject({
      status: "ok",
      reason: {
        ja: `${kanjiDate(edge)}に実施した「安全管理措置の点検」の記録があります（実施者 点検 担当）。申請予定日${kanjiDate(planned)}の前12か月以内で、${kanjiDate(planned)}まで有効です。`,
      },
    });
    expect((await safety(otherBase, other)).status).toBe("gap");
  });

  it("judges on today again once the planned day has passed or is cleared", async () => {
    await setPlanned(`${y - 1}-06-01`, otherBase, other);
    expect(await safety(otherBase, other)).toMatchObject({
      status: "ok",
      reason: {
        ja: `${kanjiDate(dayBefore)}に実施した「安全管理措置の点検」の記録があります（実施者 点検 担当）。${kanjiDate(`${y}-12-31`)}まで有効です。`,
      },
    });
    await setPlanned(planned, otherBase, other);
    expect((await safety(otherBase, other)).status).toBe("gap");
    await setPlanned(null, otherBase, other);
    expect((await safety(otherBase, other)).status).toBe("ok");
  });

  it.each([
    ["1999-12-31", "applicationOn"],
    ["2101-01-01", "applicationOn"],
    ["2027-02-29", "applicationOn"],
    ["20270301", "applicationOn"],
  ])("refuses the planned day %s, naming the field", async (applicationOn, field) => {
    const res = await t.as(owner).patch(`${base}/roadmap/plan`, { applicationOn });
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual([field]);
    const roadmap = (await t.as(owner).get(`${base}/roadmap`)).json();
    expect(roadmap.plan.applicationOn).toBe(planned);
  });

  it("accepts the first and the last day of the range, with their messages in Japanese", async () => {
    const low = await t.as(owner).patch(`${base}/roadmap/plan`, { applicationOn: "1999-12-31" });
    expect(low.json().error.fields.applicationOn).toBe(
      "2000年1月1日から2100年12月31日までの日付にしてください。",
    );
    // No grant day is set in this plan, so any day of the range is accepted.
    await setPlanned("2000-01-01");
    await setPlanned("2100-12-31");
    const roadmap = (await t.as(owner).get(`${base}/roadmap`)).json();
    expect(roadmap.plan.applicationOn).toBe("2100-12-31");
  });
});
