// The education records over the real HTTP routes on both databases, on one small fixture
// whose numbers are written by hand: 5 people (a leaver, a joiner), 2 courses, a classroom
// session and its follow-up. The 教育実施サマリー (JSON, the xlsx read back with exceljs, the
// PDF's text), the 出席簿, the 教育実施報告書 of a session and of a course, the 修了証 and
// the 理解度 of first attempts; downloads recorded as exports; roles and tenants.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { inspectPdf } from "../exports/pdf-inspect.ts";
import type { EducationSummaryOut, UnderstandingOut } from "./education.records.contract.ts";
import {
  seedAssignment,
  seedAttempt,
  seedCourse,
  seedPlan,
} from "./education.records.test-support.ts";

/** The PDF's text, every page, without the spacing. */
const pdfText = (bytes: Buffer) => inspectPdf(bytes).pageTexts.join("").replace(/\s/g, "");

describe.each(dbKinds)("education records (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let base: string;
  let planId: string;
  let basics: string;
  let desk: string;
  let sessionId: string;
  const people: Record<string, string> = {};
  const assignments: Record<string, string> = {};

  async function addPerson(name: string, body: Record<string, unknown>) {
    const res = await t
      .as(owner)
      .post(`${base}/people`, { name, employmentType: "regular", ...body });
    expect(res.statusCode, res.body).toBe(201);
    people[name] = res.json().id;
  }
  const p = (name: string) => people[name] as string;
  async function summary(): Promise<EducationSummaryOut> {
    const res = await t.as(viewer).get(`${base}/education/plans/${planId}/summary`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("代表 太郎");
    viewer = await t.signUp("閲覧 次郎");
    member = await t.signUp("社員 花子");
    outsider = await t.signUp("他社 五郎");
    orgId = await t.createOrg(owner, "株式会社きろく");
    await t.createOrg(outsider, "他社株式会社");
    await t.addMember(owner, orgId, viewer, "viewer");
    await t.addMember(owner, orgId, member, "member");
    base = `/api/v1/orgs/${orgId}`;
    await t.as(owner).put(`${base}/profile`, { name: "株式会社きろく" });
    const dept: Record<string, string> = {};
    for (const name of ["営業部", "総務部"])
      dept[name] = (await t.as(owner).post(`${base}/departments`, { name })).json().id;
    await addPerson("青木 一郎", {
      departmentId: dept.営業部,
      kana: "あおき いちろう",
      joinedOn: "2020-04-01",
    });
    await addPerson("井上 二郎", { departmentId: dept.営業部, kana: "いのうえ じろう" });
    await addPerson("上田 花子", {
      departmentId: dept.総務部,
      kana: "うえだ はなこ",
      joinedOn: "2020-04-01",
    });
    await addPerson("江藤 四郎", {
      departmentId: dept.総務部,
      kana: "えとう しろう",
      joinedOn: "2020-04-01",
      leftOn: "2024-10-01",
    });
    await addPerson("小野 五月", {
      departmentId: dept.総務部,
      kana: "おの さつき",
      joinedOn: "2025-01-10",
    });
    // 上田 花子 is the PMS manager: she signs the certificates.
    const appointed = await t.as(owner).post(`${base}/appointments`, {
      role: "pms_manager",
      personId: p("上田 花子"),
      from: "2020-04-01",
    });
    expect(appointed.statusCode, appointed.body).toBe(201);

    planId = await seedPlan(t.database, orgId, {
      fiscalYear: 2024,
      periodStart: "2024-04-01",
      periodEnd: "2025-03-31",
      title: "2024年度 個人情報保護教育計画",
    });
    basics = await seedCourse(t.database, orgId, planId, {
      title: "個人情報保護の基礎",
      scheduledFrom: "2024-05-01",
      scheduledTo: "2024-06-30",
      sections: [
        { id: "s1", kind: "text", title: "個人情報と要配慮個人情報", body: "本文" },
        { id: "s2", kind: "text", title: "事故が起きたときの連絡先", body: "本文" },
      ],
      questions: [
        {
          id: "q1",
          kind: "single",
          prompt: "要配慮個人情報に当たるものは？",
          choices: [
            { id: "a", text: "病歴", correct: true },
            { id: "b", text: "氏名", correct: false },
          ],
        },
        {
          id: "q2",
          kind: "single",
          prompt: "紙の書類の廃棄方法は？",
          choices: [
            { id: "c", text: "シュレッダー", correct: true },
            { id: "d", text: "ごみ箱", correct: false },
          ],
        },
      ],
    });
    desk = await seedCourse(t.database, orgId, planId, {
      title: "苦情・相談窓口の対応",
      audience: "complaints_desk",
      delivery: "classroom",
      scheduledFrom: "2024-07-01",
      scheduledTo: "2024-07-31",
    });
    const left = { withdrawnReason: "left" as const };
    const db = t.database;
    assignments.青木 = await seedAssignment(db, orgId, basics, p("青木 一郎"), {
      completedOn: "2024-05-10",
      completedVia: "e_learning",
      bestScore: 100,
    });
    assignments.井上 = await seedAssignment(db, orgId, basics, p("井上 二郎"));
    assignments.上田 = await seedAssignment(db, orgId, basics, p("上田 花子"));
    assignments.江藤 = await seedAssignment(db, orgId, basics, p("江藤 四郎"), left);
    assignments.小野 = await seedAssignment(db, orgId, basics, p("小野 五月"), {
      completedOn: "2025-02-01",
      completedVia: "e_learning",
      bestScore: 100,
    });
    await seedAssignment(db, orgId, desk, p("上田 花子"), {
      completedOn: "2024-08-01",
      completedVia: "paper",
    });
    await seedAssignment(db, orgId, desk, p("江藤 四郎"), {
      ...left,
      completedOn: "2024-07-01",
      completedVia: "paper",
    });
    // First attempts: 青木 q1 right, q2 wrong (then passes on the second); 井上 both right;
    // 小野 both wrong.
    const ids = (who: string, name: string) => ({
      assignmentId: assignments[who] as string,
      courseId: basics,
      personId: p(name),
    });
    await seedAttempt(db, orgId, ids("青木", "青木 一郎"), 1, [
      { questionId: "q1", chosen: ["a"], correct: true },
      { questionId: "q2", chosen: ["d"], correct: false },
    ]);
    await seedAttempt(db, orgId, ids("青木", "青木 一郎"), 2, [
      { questionId: "q1", chosen: ["a"], correct: true },
      { questionId: "q2", chosen: ["c"], correct: true },
    ]);
    await seedAttempt(db, orgId, ids("井上", "井上 二郎"), 1, [
      { questionId: "q1", chosen: ["a"], correct: true },
      { questionId: "q2", chosen: ["c"], correct: true },
    ]);
    await seedAttempt(db, orgId, ids("小野", "小野 五月"), 1, [
      { questionId: "q1", chosen: ["b"], correct: false },
      { questionId: "q2", chosen: ["d"], correct: false },
    ]);

    // The classroom session of 2024-06-01: 青木 and 井上 present, 上田 absent.
    const created = await t.as(owner).post(`${base}/education/courses/${basics}/sessions`, {
      kind: "classroom",
      title: "第1回",
      heldOn: "2024-06-01",
      startsAt: "10:00",
      endsAt: "11:00",
      place: "本社 会議室A",
      instructorName: "支援 三郎",
      notes: "資料を配布した。",
      invite: [p("青木 一郎"), p("井上 二郎"), p("上田 花子")],
    });
    expect(created.statusCode, created.body).toBe(201);
    sessionId = created.json().id;
    const rec = await t.as(owner).put(`${base}/education/sessions/${sessionId}/attendance`, {
      entries: [
        { personId: p("青木 一郎"), status: "present" },
        { personId: p("井上 二郎"), status: "present" },
        { personId: p("上田 花子"), status: "absent" },
      ],
    });
    expect(rec.statusCode, rec.body).toBe(200);
  });
  afterAll(() => t.close());

  it("summarizes the plan: targets, completions, dates", async () => {
    const s = await summary();
    expect(s.plan).toMatchObject({
      fiscalYear: 2024,
      periodStart: "2024-04-01",
      periodEnd: "2025-03-31",
      status: "draft",
    });
    // 個人情報保護の基礎: 青木, 井上, 上田, 小野 (江藤 left without completing); 上田 not yet.
    // 苦情・相談窓口: 上田 and 江藤 (completed before leaving).
    expect(
      s.courses.map((c) => [c.title, c.targets, c.completed, c.rate, c.allCompletedOn]),
    ).toEqual([
      ["個人情報保護の基礎", 4, 3, 75, null],
      ["苦情・相談窓口の対応", 2, 2, 100, "2024-08-01"],
    ]);
    expect(s.courses[0]).toMatchObject({
      firstCompletedOn: "2024-05-10",
      lastCompletedOn: "2025-02-01",
      audienceLabel: "全従業者",
    });
    expect(s.totals).toEqual({
      peopleTargeted: 5,
      peopleCompleted: 5,
      peopleCompletedAll: 4,
      staffInOffice: 4,
      staffInOfficeCompleted: 3,
      allStaffCompletedOn: null,
    });
  });

  it("follows up the absentee; the summary then shows everyone done", async () => {
    const follow = await t.as(owner).post(`${base}/education/sessions/${sessionId}/follow-up`, {
      kind: "remote",
      heldOn: "2025-03-01",
      meetingUrl: "https://teams.example.com/l/meetup-join/follow",
    });
    expect(follow.statusCode, follow.body).toBe(201);
    expect(follow.json().invited).toBe(1);
    const rec = await t.as(owner).put(`${base}/education/sessions/${follow.json().id}/attendance`, {
      entries: [{ personId: p("上田 花子"), status: "present" }],
    });
    expect(rec.json().completed).toBe(1);
    const s = await summary();
    expect(s.courses[0]).toMatchObject({
      targets: 4,
      completed: 4,
      rate: 100,
      allCompletedOn: "2025-03-01",
    });
    expect(s.totals).toMatchObject({
      peopleCompletedAll: 5,
      staffInOfficeCompleted: 4,
      allStaffCompletedOn: "2025-03-01",
    });
  });

  it("writes the same numbers into the xlsx, with the 理解度 sheet", async () => {
    const res = await t.as(viewer).get(`${base}/education/plans/${planId}/summary.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toContain("education-summary-2024.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["教育実施サマリー", "理解度"]);
    const ws = wb.getWorksheet("教育実施サマリー") as ExcelJS.Worksheet;
    const rows: unknown[][] = [];
    const numbers: number[] = [];
    ws.eachRow((row, n) => {
      rows.push((row.values as unknown[]).slice(1));
      numbers.push(n);
    });
    const header = rows.findIndex((r) => r[1] === "コース");
    expect(rows[header]).toEqual([
      "No.",
      "コース",
      "対象",
      "実施方法",
      "実施予定",
      "対象者数",
      "修了者数",
      "修了率",
      "最初の修了日",
      "最後の修了日",
      "全員の修了日",
    ]);
    const first = rows[header + 1] as unknown[];
    expect(first.slice(0, 8)).toEqual([
      1,
      "個人情報保護の基礎",
      "全従業者",
      "eラーニング",
      "2024年5月1日〜2024年6月30日",
      4,
      4,
      100,
    ]);
    expect((first[10] as Date).toISOString().slice(0, 10)).toBe("2025-03-01");
    expect(ws.getCell(numbers[header + 1] as number, 9).numFmt).toBe('yyyy"年"m"月"d"日"');
    const totals = rows.filter((r) => typeof r[1] === "string" && typeof r[2] === "number");
    expect(totals.map((r) => [r[1], r[2]])).toEqual([
      ["対象者（実人数）", 5],
      ["1コース以上修了した人", 5],
      ["対象の全コースを修了した人", 5],
      ["在籍者", 4],
      ["在籍者のうち年次教育を修了した人", 4],
    ]);
    const u = wb.getWorksheet("理解度") as ExcelJS.Worksheet;
    const uRows: unknown[][] = [];
    u.eachRow((row) => uRows.push((row.values as unknown[]).slice(1)));
    // The title, the header, then the two questions of the course with a quiz.
    expect(uRows.slice(1).map((r) => r.slice(0, 8))).toEqual([
      ["コース", "No.", "問題", "回答者数", "正解者数", "正答率", "最も多かった誤答", "誤答の人数"],
      ["個人情報保護の基礎", 1, "要配慮個人情報に当たるものは？", 3, 2, 66.6, "氏名", 1],
      ["個人情報保護の基礎", 2, "紙の書類の廃棄方法は？", 3, 1, 33.3, "ごみ箱", 2],
    ]);
    const ev = await t.as(owner).get(`${base}/audit-events?entity=export&limit=50`);
    expect(ev.json().items.map((e: { entityId: string }) => e.entityId)).toContain(
      "education_summary.xlsx",
    );
  });

  it("prints the summary as a PDF", async () => {
    const res = await t.as(viewer).get(`${base}/education/plans/${planId}/summary.pdf`);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    for (const s of [
      "教育実施サマリー",
      "株式会社きろく",
      "2024年度個人情報保護教育計画",
      "2024年4月1日〜2025年3月31日",
      "個人情報保護の基礎",
      "苦情・相談窓口の対応",
      "100.0%",
      "承認確認作成",
      "全員の修了日2025年3月1日",
    ])
      expect(text, s).toContain(s);
  });

  it("prints the 出席簿 by department with a signature column and the attendance", async () => {
    const res = await t
      .as(viewer)
      .get(`${base}/education/sessions/${sessionId}/attendance-sheet.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    const text = pdfText(res.rawPayload);
    for (const s of [
      "出席簿",
      "個人情報保護の基礎（第1回）",
      "2024年6月1日（令和6年6月1日）",
      "10:00〜11:00",
      "本社会議室A",
      "支援三郎",
      "No.部署氏名署名出欠",
      "1営業部青木一郎出席",
      "2営業部井上二郎出席",
      "3総務部上田花子欠席",
      "-1/1-",
    ])
      expect(text, s).toContain(s);
  });

  it("prints the session's 教育実施報告書", async () => {
    const res = await t.as(viewer).get(`${base}/education/sessions/${sessionId}/report.pdf`);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    for (const s of [
      "承認確認作成",
      "教育実施報告書",
      "個人情報保護の基礎（第1回）",
      "集合研修",
      "2024年6月1日",
      "本社会議室A",
      "個人情報と要配慮個人情報",
      "事故が起きたときの連絡先",
      "対象者3名出席2名欠席1名",
      "総務部上田花子",
      // Of the three invited, 青木 and 井上 took the quiz and passed (青木 on the second try).
      "受験者2名うち合格2名",
      "資料を配布した。",
    ])
      expect(text, s).toContain(s);
  });

  it("prints the course's report over its e-learning and other completions", async () => {
    const res = await t.as(viewer).get(`${base}/education/courses/${basics}/report.pdf`);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    for (const s of [
      "教育実施報告書",
      "対象者4名修了4名修了率100%",
      "eラーニング2名",
      "集合研修1名",
      "オンライン研修1名",
      "受験者3名うち合格2名",
      "未修了者はいません。",
    ])
      expect(text, s).toContain(s);
  });

  it("issues the 修了証 of a completion, signed by the PMS manager of that day", async () => {
    const elearning = await t
      .as(viewer)
      .get(`${base}/education/assignments/${assignments.青木}/certificate.pdf`);
    expect(elearning.statusCode).toBe(200);
    const text = pdfText(elearning.rawPayload);
    for (const s of [
      "修了証",
      "青木一郎殿",
      "個人情報保護の基礎",
      "2024年5月10日",
      "eラーニング（得点100点）",
      "株式会社きろく",
      "個人情報保護管理者上田花子",
    ])
      expect(text, s).toContain(s);
    const session = await t
      .as(viewer)
      .get(`${base}/education/assignments/${assignments.井上}/certificate.pdf`);
    expect(pdfText(session.rawPayload)).toContain("集合研修（2024年6月1日実施）");
    const notYet = await t
      .as(viewer)
      .get(`${base}/education/assignments/${assignments.江藤}/certificate.pdf`);
    expect(notYet.statusCode).toBe(404);
    expect(notYet.json().error.code).toBe("EDUCATION_NOT_COMPLETED");
  });

  it("reads the 理解度 from first attempts only", async () => {
    const res = await t.as(viewer).get(`${base}/education/courses/${basics}/understanding`);
    expect(res.statusCode).toBe(200);
    const u: UnderstandingOut = res.json();
    expect(u.people).toBe(3);
    // q1: 青木 ✓, 井上 ✓, 小野 ✗ → 2/3; q2: 青木 ✗ (first try), 井上 ✓, 小野 ✗ → 1/3.
    expect(u.questions.map((q) => [q.number, q.answered, q.correct, q.rate])).toEqual([
      [1, 3, 2, 66.6],
      [2, 3, 1, 33.3],
    ]);
    expect(u.weakest).toEqual(["q2", "q1"]);
    expect(u.questions[1]?.departments).toEqual([
      { departmentName: "総務部", answered: 1, correct: 0, rate: 0 },
      { departmentName: "営業部", answered: 2, correct: 1, rate: 50 },
    ]);
  });

  it("lets readers download; members and other organizations cannot", async () => {
    const paths = [
      `/education/plans/${planId}/summary`,
      `/education/plans/${planId}/summary.pdf`,
      `/education/sessions/${sessionId}/report.pdf`,
      `/education/courses/${basics}/understanding`,
      `/education/assignments/${assignments.青木}/certificate.pdf`,
    ];
    for (const path of paths) {
      expect((await t.as(member).get(`${base}${path}`)).statusCode, path).toBe(403);
      expect((await t.as(outsider).get(`${base}${path}`)).statusCode, path).toBe(404);
      expect((await t.as(null).get(`${base}${path}`)).statusCode, path).toBe(401);
    }
    const unknown = await t.as(owner).get(`${base}/education/plans/nope/summary`);
    expect(unknown.statusCode).toBe(404);
  });
});
