// The calendar feed through the real HTTP routes: the secret URL shown once, stored only as a
// hash, served without a session as .ics, rotated and revoked, and kept out of the logs.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { redactPathSecrets } from "../../server/request-log.ts";
import {
  dbKinds,
  openTestDatabase,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";
import { TEST_AUDIT_KEY } from "../audit/audit-test-support.ts";
import { recordTestCompletions } from "../education/education.readiness.test-support.ts";

const FEED_URL = /^http:\/\/localhost:3000\/api\/v1\/calendar\/([A-Za-z0-9_-]{43})\.ics$/;
const octets = (s: string) => new TextEncoder().encode(s).length;

/** The token of a feed URL, and the path to fetch it through app.inject. */
function parse(url: string) {
  const token = FEED_URL.exec(url)?.[1];
  if (!token) throw new Error(`not a feed URL: ${url}`);
  return { token, path: `/api/v1/calendar/${token}.ics` };
}

describe.each(dbKinds)("calendar feed (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let base: string;
  const today = todayInJapan();
  const [y, md] = [Number(today.slice(0, 4)), today.slice(5)];
  const exactlyYearAgo = `${y - 1}-${md === "02-29" ? "02-28" : md}`;
  // Two years ago: a record that old is past its yearly due day.
  const twoYearsAgo = `${y - 2}-${md === "02-29" ? "02-28" : md}`;
  const compact = (iso: string) => iso.replaceAll("-", "");
  const fetchFeed = (path: string) => t.app.inject({ method: "GET", url: path });

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("暦 担当");
    orgId = await t.createOrg(owner, "株式会社こよみ");
    base = `/api/v1/orgs/${orgId}`;
  });
  afterAll(() => t.close());

  it("does not exist until created; the URL is shown once and only its hash is stored", async () => {
    expect((await t.as(owner).get(`${base}/calendar-feed`)).json()).toEqual({
      exists: false,
      createdAt: null,
      createdByName: null,
    });
    const res = await t.as(owner).post(`${base}/calendar-feed`);
    expect(res.statusCode, res.body).toBe(200);
    const { token } = parse(res.json().url);
    expect(res.json()).toMatchObject({ exists: true, createdByName: "暦 担当" });
    const shown = await t.as(owner).get(`${base}/calendar-feed`);
    expect(shown.json()).toMatchObject({ exists: true, createdByName: "暦 担当" });
    expect(shown.json().createdAt).toBe(res.json().createdAt);
    expect(shown.body).not.toContain(token);
    const rows = await t.database.query<{ token_hash: string }>(
      "select * from calendar_feed where org_id = $1",
      [orgId],
    );
    expect(rows.map((r) => r.token_hash)).toEqual([
      createHash("sha256").update(token).digest("hex"),
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);
    const audit = await t.as(owner).get(`${base}/audit-events?entity=calendar_feed`);
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(["create"]);
    expect(audit.body).not.toContain(token);
    expect(audit.body).not.toContain(rows[0]?.token_hash);
  });

  it("serves the due days as .ics without a session", async () => {
    // The duties done by hand are dated by activity records (実施記録); the education by its
    // completions.
    const done = await t.as(owner).post(`${base}/activities`, {
      kind: "vendor_review",
      performedOn: twoYearsAgo,
      performedByName: "暦 担当",
    });
    expect(done.statusCode, done.body).toBe(201);
    const learner = await t
      .as(owner)
      .post(`${base}/people`, { name: "受講 花子", employmentType: "regular" });
    expect(learner.statusCode, learner.body).toBe(201);
    const ctx = { orgId, userId: owner.id, userName: owner.name, role: "owner" as const };
    await recordTestCompletions(t.database.db, ctx, [learner.json().id], exactlyYearAgo);
    const task = await t.as(owner).post(`${base}/roadmap/tasks`, {
      step: 10,
      title: "教育資料の作成, 配布; 確認",
      dueOn: "2030-01-31",
    });
    const taskId = task.json().id as string;
    await t.as(owner).post(`${base}/roadmap/tasks`, {
      step: 10,
      title: "期限のない作業",
    });
    await t.as(owner).post(`${base}/roadmap/tasks`, {
      step: 10,
      title: "済んだ作業",
      dueOn: "2030-02-01",
      doneOn: today,
    });
    const plan = await t.as(owner).patch(`${base}/roadmap/plan`, {
      applicationOn: "2030-04-01",
      grantOn: "2030-10-01",
    });
    expect(plan.statusCode, plan.body).toBe(200);
    await t.as(owner).patch(`${base}/roadmap/steps/4`, {
      plannedStart: "2030-02-01",
      plannedEnd: "2030-03-31",
    });
    const { path } = parse((await t.as(owner).post(`${base}/calendar-feed`)).json().url);
    const res = await fetchFeed(path);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("private, no-store");
    expect(res.body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(res.body.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const lines = res.body.split("\r\n");
    for (const l of lines) expect(octets(l), l).toBeLessThanOrEqual(75);
    expect(lines).toContain("X-WR-CALNAME:株式会社こよみ PMS予定");
    const unfolded = res.body.replaceAll("\r\n ", "");
    // Education: done exactly a year ago, due today.
    expect(unfolded).toContain(
      ["BEGIN:VEVENT", `UID:obligation-education.${orgId}@mamori`].join("\r\n"),
    );
    const event = (uid: string) => {
      const start = unfolded.indexOf(`UID:${uid}`);
      expect(start, uid).toBeGreaterThan(0);
      return unfolded.slice(start, unfolded.indexOf("END:VEVENT", start)).split("\r\n");
    };
    expect(event(`obligation-education.${orgId}@mamori`)).toEqual(
      expect.arrayContaining([
        `DTSTART;VALUE=DATE:${compact(today)}`,
        "SUMMARY:【期限】全従業者への教育",
        // Where it is done: the education page.
        `URL:http://localhost:3000/orgs/${orgId}/education`,
      ]),
    );
    expect(event(`task-${taskId}.${orgId}@mamori`)).toEqual(
      expect.arrayContaining([
        "DTSTART;VALUE=DATE:20300131",
        "DTEND;VALUE=DATE:20300201",
        "SUMMARY:【作業】教育資料の作成\\, 配布\\; 確認",
      ]),
    );
    expect(event(`step-4.${orgId}@mamori`)).toEqual(
      expect.arrayContaining([
        "DTSTART;VALUE=DATE:20300331",
        "SUMMARY:【完了予定】ステップ4 方針を全員に伝える",
      ]),
    );
    // Never done: on today, marked 未実施, the description Japanese first.
    const audit = event(`obligation-internal_audit.${orgId}@mamori`);
    expect(audit).toEqual(
      expect.arrayContaining([
        `DTSTART;VALUE=DATE:${compact(today)}`,
        "SUMMARY:【未実施】内部監査",
        "DESCRIPTION:実施の記録はまだありません\\n実施して記録するまで、毎日その日の予定と" +
          "して表示されます。\\n\\nNot done yet: Internal audit. No record of it yet.\\nShown on " +
          "each day until it is done and recorded.",
      ]),
    );
    // Done two years ago, due a year ago: on today, marked 期限切れ.
    const vendor = event(`obligation-vendor_review.${orgId}@mamori`);
    expect(vendor).toEqual(
      expect.arrayContaining([
        `DTSTART;VALUE=DATE:${compact(today)}`,
        "SUMMARY:【期限切れ】委託先の再評価",
      ]),
    );
    expect(vendor.find((l) => l.startsWith("DESCRIPTION:"))).toMatch(/^DESCRIPTION:期限: \d{4}年/);
    // Every duty of the catalogue has an event; undated and finished tasks have none.
    for (const key of ["register_review", "risk_review", "legal_review", "management_review"])
      expect(event(`obligation-${key}.${orgId}@mamori`), key).toContain(
        `DTSTART;VALUE=DATE:${compact(today)}`,
      );
    expect(unfolded).not.toContain("期限のない作業");
    expect(unfolded).not.toContain("済んだ作業");
    // The plan's application and expected grant.
    expect(event(`plan-application.${orgId}@mamori`)).toEqual(
      expect.arrayContaining([
        "DTSTART;VALUE=DATE:20300401",
        "SUMMARY:【申請予定】プライバシーマークの申請",
      ]),
    );
    expect(event(`plan-grant.${orgId}@mamori`)).toEqual(
      expect.arrayContaining([
        "DTSTART;VALUE=DATE:20301001",
        "SUMMARY:【付与見込み】プライバシーマークの付与",
      ]),
    );
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(12);
  });

  it("rotation invalidates the old URL; revoking makes the feed 404", async () => {
    const first = parse((await t.as(owner).post(`${base}/calendar-feed`)).json().url);
    expect((await fetchFeed(first.path)).statusCode).toBe(200);
    const second = parse((await t.as(owner).post(`${base}/calendar-feed`)).json().url);
    expect(second.token).not.toBe(first.token);
    const old = await fetchFeed(first.path);
    expect(old.statusCode).toBe(404);
    expect(old.json().error.code).toBe("NOT_FOUND");
    expect((await fetchFeed(second.path)).statusCode).toBe(200);
    expect((await t.as(owner).delete(`${base}/calendar-feed`)).statusCode).toBe(204);
    expect((await fetchFeed(second.path)).statusCode).toBe(404);
    expect((await t.as(owner).get(`${base}/calendar-feed`)).json().exists).toBe(false);
    // Revoking again changes nothing.
    expect((await t.as(owner).delete(`${base}/calendar-feed`)).statusCode).toBe(204);
    const actions = (await t.as(owner).get(`${base}/audit-events?entity=calendar_feed`))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(["delete", "rotate", "rotate", "rotate", "create"]);
  });

  it("answers 404 for unknown tokens, 414 for absurdly long ones", async () => {
    for (const [path, status] of [
      [`/api/v1/calendar/${"A".repeat(43)}.ics`, 404],
      ["/api/v1/calendar/x.ics", 404],
      // The router refuses path parameters over 100 characters.
      [`/api/v1/calendar/${"x".repeat(300)}.ics`, 414],
    ] as const) {
      const res = await fetchFeed(path);
      expect(res.statusCode, path).toBe(status);
      expect(res.body).not.toContain("BEGIN:VCALENDAR");
    }
  });
});

describe("feed tokens in the request log", () => {
  it("redacts the token in URLs", () => {
    expect(redactPathSecrets("/api/v1/calendar/abcDEF_-123.ics")).toBe(
      "/api/v1/calendar/[redacted]",
    );
    expect(redactPathSecrets("/api/v1/calendar/abc.ics?x=1")).toBe(
      "/api/v1/calendar/[redacted]?x=1",
    );
    expect(redactPathSecrets("/api/v1/orgs/o1/calendar-feed")).toBe(
      "/api/v1/orgs/o1/calendar-feed",
    );
  });

  it("redacts an invitation link's secret but keeps the accept path", () => {
    expect(redactPathSecrets("/invite/inv-1/s3cr3t_-x")).toBe("/invite/inv-1/[redacted]");
    expect(redactPathSecrets("/api/v1/invitations/inv-1/s3cr3t")).toBe(
      "/api/v1/invitations/inv-1/[redacted]",
    );
    expect(redactPathSecrets("/api/v1/invitations/inv-1/accept")).toBe(
      "/api/v1/invitations/inv-1/accept",
    );
  });

  it.each(dbKinds)("never writes the token to the log (%s)", async (kind) => {
    const { database, cleanup } = await openTestDatabase(kind);
    const lines: string[] = [];
    const config = loadConfig({
      BASE_URL: "http://localhost:3000",
      SIGN_IN_RATE_LIMIT: "1000",
      LOG_LEVEL: "info",
      AUDIT_KEY: TEST_AUDIT_KEY,
    });
    const app = await buildApp(database, config, { logStream: { write: (l) => lines.push(l) } });
    try {
      await app.ready();
      const signUp = await app.inject({
        method: "POST",
        url: "/api/auth/sign-up/email",
        headers: sameOrigin,
        payload: {
          name: "記録 確認",
          email: "log-check@example.jp",
          password: "correct-horse-battery",
        },
      });
      const cookie = signUp.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const org = await app.inject({
        method: "POST",
        url: "/api/v1/orgs",
        headers: { cookie, ...sameOrigin },
        payload: { name: "株式会社ろぐ" },
      });
      const feed = await app.inject({
        method: "POST",
        url: `/api/v1/orgs/${org.json().id}/calendar-feed`,
        headers: { cookie, ...sameOrigin },
      });
      const { token, path } = parse(feed.json().url);
      lines.length = 0;
      expect((await app.inject({ method: "GET", url: path })).statusCode).toBe(200);
      expect((await app.inject({ method: "GET", url: `${path}?x=1` })).statusCode).toBe(200);
      await app.inject({ method: "GET", url: `/api/v1/calendar/${token}` });
      const log = lines.join("");
      expect(log).toContain('"url":"/api/v1/calendar/[redacted]"');
      expect(log).toContain('"url":"/api/v1/calendar/[redacted]?…"');
      expect(log).not.toContain(token);
    } finally {
      await app.close();
      await cleanup();
    }
  });
});
