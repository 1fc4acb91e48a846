// The learner's side over the real HTTP routes on both databases: the course of the link
// without the answers, opening once, attempts (fail, retry, pass; every submission kept; the
// completion day never moved), the attempt limit, a closed course, the course's files, and
// link security: a guessed or revoked link, another purpose's link, another course's link and
// a person who left all get the one 404; one person's link answers only for that person.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fiscalYearOf } from "../../core/education/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import {
  addPerson,
  courseTokens,
  HALF,
  RIGHT,
  seedCourse,
  seedPlan,
  WRONG,
} from "./education.delivery.test-support.ts";

describe.each(dbKinds)("education: the learner's page (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let base: string;
  let planId: string;
  let hanako: string;
  let taro: string;
  const today = todayInJapan();

  const page = (token: string) => t.as(null).get(`/api/v1/p/${token}/education`);
  const submit = (token: string, answers: object) =>
    t.as(null).post(`/api/v1/p/${token}/education/attempts`, { answers });

  /** A course assigned to both with links mailed; their tokens. */
  async function course(over: Parameters<typeof seedCourse>[3] = {}) {
    const courseId = await seedCourse(t, orgId, planId, over);
    const res = await t.as(owner).post(`${base}/education/courses/${courseId}/assignments`, {
      scope: "people",
      personIds: [hanako, taro],
      send: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const tokens = await courseTokens(t);
    return {
      courseId,
      hanako: tokens.get("hanako@example.jp") ?? "",
      taro: tokens.get("taro@example.jp") ?? "",
    };
  }

  beforeAll(async () => {
    t = await startTestApp(kind, { PUBLIC_RATE_LIMIT: "100000/60" });
    owner = await t.signUp("代表 太郎");
    orgId = await t.createOrg(owner, "株式会社まなび");
    base = `/api/v1/orgs/${orgId}`;
    hanako = await addPerson(t, owner, orgId, "山田 花子", { email: "hanako@example.jp" });
    taro = await addPerson(t, owner, orgId, "佐藤 太郎", { email: "taro@example.jp" });
    planId = await seedPlan(t, orgId, { fiscalYear: fiscalYearOf(today) });
  });
  afterAll(() => t.close());

  it("shows the course of the link without its answers, and records the first opening once", async () => {
    const c = await course({ dueOn: "2099-12-31" });
    const res = await page(c.hanako);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      organization: "株式会社まなび",
      personName: "山田 花子",
      title: "個人情報保護の基礎",
      durationMinutes: 30,
      dueOn: "2099-12-31",
      passMark: 80,
      maxAttempts: null,
      attemptsUsed: 0,
      attemptsLeft: null,
      state: "not_started",
      lastAttempt: null,
    });
    expect(body.sections[0]).toEqual({
      id: "s1",
      kind: "text",
      title: "はじめに",
      body: "一段落目。\n\n二段落目。",
      fileId: null,
      url: null,
    });
    // Neither which choice is right nor any explanation reaches the page before answering.
    expect(JSON.stringify(body.questions)).not.toMatch(
      /correct|explanation|シュレッダーにかける。正解/,
    );
    expect(body.questions[1]).toEqual({
      id: "q2",
      kind: "multiple",
      prompt: "要配慮個人情報に当たるものをすべて選んでください。",
      choices: [
        { id: "a", text: "病歴" },
        { id: "b", text: "犯罪の経歴" },
        { id: "c", text: "趣味" },
      ],
    });
    for (let i = 0; i < 2; i++) {
      const opened = await t.as(null).post(`/api/v1/p/${c.hanako}/education/open`);
      expect(opened.statusCode, opened.body).toBe(204);
    }
    expect((await page(c.hanako)).json().state).toBe("in_progress");
    const events = (
      await t.as(owner).get(`${base}/audit-events?entity=education_assignment&limit=200`)
    ).json().items as { action: string; actorName: string }[];
    const opens = events.filter((e) => e.action === "open");
    expect(opens).toHaveLength(1);
    expect(opens[0]?.actorName).toBe("山田 花子（本人用リンク）");
  });

  it("keeps every submission as another attempt: fail, retry, pass, and the day stays", async () => {
    const c = await course({ maxAttempts: 3 });
    const failed = await submit(c.hanako, HALF);
    expect(failed.statusCode, failed.body).toBe(201);
    expect(failed.json()).toMatchObject({
      state: "failed",
      attemptsLeft: 2,
      completedOn: null,
      bestScore: 50,
      attempt: { attemptNo: 1, score: 50, passed: false, correctCount: 1, questionCount: 2 },
    });
    expect(failed.json().attempt.results[1]).toEqual({
      questionId: "q2",
      prompt: "要配慮個人情報に当たるものをすべて選んでください。",
      chosen: ["a"],
      correct: false,
      explanation: null,
      choiceExplanations: [],
    });
    const wrong = await submit(c.hanako, WRONG);
    expect(wrong.json().attempt.results[0]).toMatchObject({
      correct: false,
      explanation: "個人情報を含む書類は、読み取れない状態にしてから廃棄します。",
      choiceExplanations: [{ choiceId: "c2", explanation: "第三者に読まれるおそれがあります。" }],
    });
    expect(wrong.json().bestScore).toBe(50);
    const passed = await submit(c.hanako, RIGHT);
    expect(passed.json()).toMatchObject({
      state: "passed",
      attemptsLeft: 0,
      completedOn: today,
      bestScore: 100,
      attempt: { attemptNo: 3, score: 100, passed: true },
    });
    // The fourth is over the limit.
    const over = await submit(c.hanako, RIGHT);
    expect(over.statusCode).toBe(409);
    expect(over.json().error.code).toBe("EDUCATION_NO_ATTEMPTS_LEFT");
    const attempts = await t.database.query<{ attempt_no: number; score: number }>(
      "select attempt_no, score from education_attempt where course_id = $1 order by attempt_no",
      [c.courseId],
    );
    expect(attempts).toEqual([
      { attempt_no: 1, score: 50 },
      { attempt_no: 2, score: 0 },
      { attempt_no: 3, score: 100 },
    ]);
    const after = (await page(c.hanako)).json();
    expect(after).toMatchObject({ state: "passed", completedOn: today, attemptsUsed: 3 });
    expect(after.lastAttempt.attemptNo).toBe(3);
    // 太郎 took nothing: his row is untouched by 花子's attempts.
    expect((await page(c.taro)).json()).toMatchObject({ state: "not_started", attemptsUsed: 0 });
  });

  it("never moves the completion day with a later attempt, and stores the completion once", async () => {
    const c = await course();
    await submit(c.taro, RIGHT);
    await t.database.query(
      "update education_assignment set completed_on = '2020-01-01' where course_id = $1",
      [c.courseId],
    );
    const again = await submit(c.taro, WRONG);
    expect(again.json()).toMatchObject({
      state: "passed",
      completedOn: "2020-01-01",
      bestScore: 100,
    });
    const events = (
      await t.as(owner).get(`${base}/audit-events?entity=education_assignment&limit=200`)
    ).json().items as { action: string; entityId: string }[];
    const [row] = await t.database.query<{ id: string }>(
      "select id from education_assignment where course_id = $1 and person_id = $2",
      [c.courseId, taro],
    );
    expect(events.filter((e) => e.action === "complete" && e.entityId === row?.id)).toHaveLength(1);
  });

  it("refuses unanswered or foreign answers with the field, and a closed course politely", async () => {
    const c = await course();
    const missing = await submit(c.hanako, { q1: ["c1"] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual({
      "answers.q2": "まだ回答していない問題があります。",
    });
    const foreign = await submit(c.hanako, { q1: ["c1", "c2"], q2: ["zz"] });
    expect(Object.keys(foreign.json().error.fields).sort()).toEqual(["answers.q1", "answers.q2"]);
    expect((await submit(c.hanako, "nope" as unknown as object)).statusCode).toBe(400);
    await t.database.query("update education_course set status = 'archived' where id = $1", [
      c.courseId,
    ]);
    expect((await page(c.hanako)).json().state).toBe("closed");
    const closed = await submit(c.hanako, RIGHT);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error).toMatchObject({
      code: "EDUCATION_COURSE_CLOSED",
      message:
        "この教育の受講期間は終了しました。ご不明な点は社内の個人情報保護の担当者にお問い合わせください。",
    });
    const rows = await t.database.query<{ n: number }>(
      "select count(*)::int as n from education_attempt where course_id = $1",
      [c.courseId],
    );
    expect(rows[0]?.n).toBe(0);
  });

  it("answers the one 404 for a guessed, revoked, other-purpose or left person's link", async () => {
    const a = await course({ title: "コースA" });
    const b = await course({ title: "コースB" });
    // Course B's mail replaced nothing of course A: both links work, each shows its course.
    expect((await page(a.hanako)).json().title).toBe("コースA");
    expect((await page(b.hanako)).json().title).toBe("コースB");
    const guessed = `${"A".repeat(43)}${"B".repeat(22)}`;
    const notFound = (await page(guessed)).body;
    expect((await page(guessed)).statusCode).toBe(404);
    // A link for reading the policy is no key to a course.
    const policy = await t.as(owner).post(`${base}/personal-links`, {
      purpose: "policy",
      scope: "people",
      personIds: [hanako],
    });
    const policyToken = policy.json().items[0].url.split("/p/")[1];
    expect((await page(policyToken)).body).toBe(notFound);
    expect((await submit(policyToken, RIGHT)).statusCode).toBe(404);
    // Resent: the earlier link of course A is revoked.
    await t.database.query(
      "update education_assignment set last_sent_at = now() - interval '2 days' where course_id = $1",
      [a.courseId],
    );
    const resent = await t.as(owner).post(`${base}/education/courses/${a.courseId}/send`, {});
    expect(resent.json()).toMatchObject({ mailed: 2, skippedRecent: 0 });
    expect((await page(a.hanako)).statusCode).toBe(404);
    const fresh = (await courseTokens(t)).get("hanako@example.jp") ?? "";
    expect((await page(fresh)).json().title).toBe("コースA");
    // A withdrawn assignment is nothing to take.
    const [row] = await t.database.query<{ id: string }>(
      "select id from education_assignment where course_id = $1 and person_id = $2",
      [b.courseId, taro],
    );
    await t.as(owner).delete(`${base}/education/assignments/${row?.id}`);
    expect((await page(b.taro)).body).toBe(notFound);
    // 花子 leaves: her links stop at once.
    const left = await t.as(owner).patch(`${base}/people/${hanako}`, { leftOn: today });
    expect(left.statusCode, left.body).toBe(200);
    expect((await page(fresh)).body).toBe(notFound);
    expect((await submit(b.hanako, RIGHT)).statusCode).toBe(404);
  });

  it("serves only the files the course shows, attached to this course", async () => {
    const courseId = await seedCourse(t, orgId, planId, {
      sections: [{ id: "s1", kind: "image", title: "図", fileId: "f-shown" }],
    });
    const other = await seedCourse(t, orgId, planId, { title: "別のコース" });
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    );
    const store = async (id: string, owner_: string) => {
      await t.database.query(`insert into file_content (org_id, id, content) values ($1, $2, $3)`, [
        orgId,
        `k-${id}`,
        png,
      ]);
      await t.database.query(
        `insert into attachment (org_id, id, owner_capability, owner_id, name, media_type,
           size_bytes, sha256, store_key, uploaded_by, uploaded_by_name)
         values ($1, $2, 'education_course', $3, '図.png', 'image/png', $4, 'x', $5, 'u', '担当')`,
        [orgId, id, owner_, png.length, `k-${id}`],
      );
    };
    await store("f-shown", courseId);
    await store("f-hidden", courseId);
    await store("f-other", other);
    const res = await t.as(owner).post(`${base}/education/courses/${courseId}/assignments`, {
      scope: "people",
      personIds: [taro],
      send: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const token = (await courseTokens(t)).get("taro@example.jp") ?? "";
    const file = await t.as(null).get(`/api/v1/p/${token}/education/files/f-shown`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/png");
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["content-security-policy"]).toBe("default-src 'none'; sandbox");
    expect(file.rawPayload.equals(png)).toBe(true);
    for (const id of ["f-hidden", "f-other", "nothing"])
      expect((await t.as(null).get(`/api/v1/p/${token}/education/files/${id}`)).statusCode).toBe(
        404,
      );
  });
});
