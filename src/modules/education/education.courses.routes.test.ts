// 教育コース through the real HTTP routes on both databases: blank and starter courses (the
// organization's facts of today in the text), saving material and quiz whole with a revision
// (ids kept, quiz problems on their fields, files of this course only), opening, archiving,
// restoring, deleting only while unassigned, copying to another plan, roles, and another
// organization's ids (404).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dbKinds,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";
import type { CourseOut, PlanOut } from "./education.contract.ts";
import { copyCourse } from "./education.courses.ts";

const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

const textSection = (title: string, body = "本文") => ({ kind: "text", title, body });
const question = (prompt: string, correct = [true, false], kind = "single") => ({
  kind,
  prompt,
  choices: correct.map((c, i) => ({ text: `選択肢${i + 1}`, correct: c, explanation: "解説" })),
  explanation: "全体の解説",
});

describe.each(dbKinds)("education courses (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let consultant: TestUser;
  let manager: TestUser;
  let viewer: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  let otherBase: string;
  let planId: string;
  let otherPlanId: string;
  /** The plan most courses go into is 2051's. */
  let year = 2050;

  const courses = (id = "") => `${base}/education/courses${id ? `/${id}` : ""}`;
  async function newPlan(b = base, as = owner, fiscalYear = ++year) {
    const res = await t.as(as).post(`${b}/education/plans`, { fiscalYear });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function create(body: Record<string, unknown> = {}, plan = planId) {
    const res = await t
      .as(owner)
      .post(`${base}/education/plans/${plan}/courses`, { title: "基本研修", ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function get(id: string, as = owner) {
    const res = await t.as(as).get(courses(id));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CourseOut;
  }
  async function save(id: string, body: Record<string, unknown>, as = owner) {
    const revision = (await get(id)).revision;
    return t.as(as).patch(courses(id), { revision, ...body });
  }
  async function events(entity: string, id: string) {
    const res = await t.as(owner).get(`${base}/audit-events?entity=${entity}&entityId=${id}`);
    return (res.json().items as { action: string }[]).map((e) => e.action).reverse();
  }
  async function person(name: string) {
    const res = await t.as(owner).post(`${base}/people`, {
      name,
      email: `${randomUUID()}@example.jp`,
      employmentType: "regular",
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function assign(courseId: string) {
    await t.database.query(
      `insert into education_assignment (org_id, id, course_id, person_id) values ($1, $2, $3, $4)`,
      [orgId, randomUUID(), courseId, await person(`受講 ${randomUUID().slice(0, 4)}`)],
    );
  }
  /** A small PDF attached to a course (the slides of a section). */
  async function attachPdf(courseId: string, org = orgId, as = owner) {
    const boundary = `----course-files-${randomUUID()}`;
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/orgs/${org}/attachments/owners/education_course/${courseId}`,
      headers: {
        cookie: as.cookie,
        ...sameOrigin,
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      payload:
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slides.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("山田 太郎");
    consultant = await t.signUp("支援 三郎");
    manager = await t.signUp("部長 一郎");
    viewer = await t.signUp("閲覧 次郎");
    member = await t.signUp("社員 五郎");
    outsider = await t.signUp("他社 四郎");
    orgId = await t.createOrg(owner, "株式会社こーす");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    for (const [u, role] of [
      [consultant, "consultant"],
      [manager, "manager"],
      [viewer, "viewer"],
      [member, "member"],
    ] as const)
      await t.addMember(owner, orgId, u, role);
    base = `/api/v1/orgs/${orgId}`;
    otherBase = `/api/v1/orgs/${otherOrg}`;
    planId = await newPlan(base, owner, 2051);
    otherPlanId = await newPlan(otherBase, outsider, 2051);
  });
  afterAll(() => t.close());

  it("creates a blank draft course with defaults, audited; a title is needed", async () => {
    const res = await t.as(consultant).post(`${base}/education/plans/${planId}/courses`, {
      title: "内部監査員研修",
      audience: "internal_auditor",
      delivery: "classroom",
    });
    expect(res.statusCode, res.body).toBe(201);
    const course = await get(res.json().id);
    expect(course).toMatchObject({
      planId,
      title: "内部監査員研修",
      audience: "internal_auditor",
      audienceLabel: { ja: "内部監査員・監査責任者", en: "Internal auditors and audit lead" },
      delivery: "classroom",
      status: "draft",
      passMark: 80,
      maxAttempts: null,
      sections: [],
      questions: [],
      starterKey: null,
      revision: 1,
      fiscalYear: 2051,
      updatedByName: "支援 三郎",
    });
    expect(await events("education_course", course.id)).toEqual(["create"]);
    const blank = await t.as(owner).post(`${base}/education/plans/${planId}/courses`, {});
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.fields).toEqual({ title: "必須項目です。" });
    const bad = await t.as(owner).post(`${base}/education/plans/${planId}/courses`, {
      title: "x",
      audience: "everyone",
      passMark: 101,
      starter: "advanced",
      scheduledFrom: "2026-02-30",
    });
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      "audience",
      "passMark",
      "scheduledFrom",
      "starter",
    ]);
    const backwards = await t.as(owner).post(`${base}/education/plans/${planId}/courses`, {
      title: "x",
      scheduledFrom: "2026-06-01",
      scheduledTo: "2026-05-31",
    });
    expect(backwards.json().error.fields).toEqual({
      scheduledTo: "終了日は開始日以降の日付にしてください。",
    });
  });

  it("writes the starter course with the organization's name, PMS manager and rules in force", async () => {
    await t.as(owner).put(`${base}/profile`, { name: "株式会社こーす" });
    const managerId = await person("佐藤 管理者");
    const appointed = await t.as(owner).post(`${base}/appointments`, {
      role: "pms_manager",
      personId: managerId,
      from: "2020-04-01",
    });
    expect(appointed.statusCode, appointed.body).toBe(201);
    // A rule in force: written, approved and published through 文書管理.
    const docs = `${base}/documents`;
    const doc = (
      await t.as(owner).post(docs, { number: "R-07", title: "教育規程", kind: "rule" })
    ).json().id as string;
    const vid = (await t.as(owner).get(`${docs}/${doc}`)).json().versions[0].id as string;
    const v = `${docs}/${doc}/versions/${vid}`;
    const content = { type: "doc", content: [para("第1条 目的")] };
    expect((await t.as(owner).put(v, { content, revision: 1 })).statusCode).toBe(200);
    expect((await t.as(owner).post(`${v}/submit`, { approverUserId: owner.id })).statusCode).toBe(
      200,
    );
    expect((await t.as(owner).post(`${v}/approve`)).statusCode).toBe(200);
    expect((await t.as(owner).post(`${v}/publish`, {})).statusCode).toBe(200);

    const id = await create({ starter: "pms_basics", title: undefined, dueOn: "2026-09-30" });
    const course = await get(id);
    expect(course).toMatchObject({
      title: "個人情報保護の基本",
      starterKey: "pms_basics",
      passMark: 80,
      durationMinutes: 30,
      dueOn: "2026-09-30",
      status: "draft",
    });
    expect(course.sections).toHaveLength(10);
    expect(course.questions).toHaveLength(12);
    const text = course.sections.map((s) => s.body).join("\n");
    expect(text).toContain("株式会社こーすでは");
    expect(text).toContain("個人情報保護管理者　佐藤 管理者");
    expect(text).toContain("・R-07　教育規程");
    expect(text).toContain("【苦情・相談窓口：未設定】");
    expect(course.questions[9]?.choices[0]?.text).toBe(
      "すぐに個人情報保護管理者（佐藤 管理者）に報告する",
    );
    const titled = await create({ starter: "pms_basics", title: "2026年度 個人情報保護教育" });
    expect((await get(titled)).title).toBe("2026年度 個人情報保護教育");
    const audit = await get(await create({ starter: "internal_audit", title: undefined }));
    expect(audit).toMatchObject({ title: "内部監査の進め方", audience: "internal_auditor" });
    const forAll = await get(
      await create({ starter: "pms_manager", title: undefined, audience: "all_staff" }),
    );
    expect(forAll).toMatchObject({ title: "個人情報保護管理者の役割", audience: "all_staff" });
  });

  it("saves material and quiz whole: existing ids kept, new ones given, revision checked", async () => {
    const id = await create();
    const first = await save(id, {
      sections: [
        textSection("はじめに"),
        { kind: "video", title: "動画", url: "https://example.jp/v" },
      ],
      questions: [question("問1"), question("問2", [true, true, false], "multiple")],
    });
    expect(first.statusCode, first.body).toBe(200);
    const saved = first.json() as CourseOut;
    expect(saved.revision).toBe(2);
    expect(saved.sections.map((s) => [s.kind, s.title, s.url])).toEqual([
      ["text", "はじめに", null],
      ["video", "動画", "https://example.jp/v"],
    ]);
    const q1 = saved.questions[0];
    expect(q1?.id).toMatch(/.+/);
    expect(q1?.choices.map((c) => c.id).every((c) => c.length > 0)).toBe(true);

    // The editor sends the ids back, edits a prompt and adds a question.
    const edited = await t.as(owner).patch(courses(id), {
      revision: 2,
      questions: [{ ...q1, prompt: "問1（改）" }, saved.questions[1], question("問3")],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const after = edited.json() as CourseOut;
    expect(after.questions[0]?.id).toBe(q1?.id);
    expect(after.questions[0]?.choices.map((c) => c.id)).toEqual(q1?.choices.map((c) => c.id));
    expect(after.questions[0]?.prompt).toBe("問1（改）");
    expect(after.questions[1]?.id).toBe(saved.questions[1]?.id);
    expect(after.sections).toEqual(saved.sections);

    const stale = await t.as(owner).patch(courses(id), { revision: 2, title: "古い版から" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("EDUCATION_SAVE_CONFLICT");
    expect(await events("education_course", id)).toEqual(["create", "update", "update"]);
  });

  it("takes the starter course back unchanged, as the editor sends it", async () => {
    const id = await create({ starter: "pms_basics", title: undefined });
    const before = await get(id);
    const res = await t.as(owner).patch(courses(id), {
      revision: before.revision,
      title: before.title,
      description: before.description,
      sections: before.sections.map(({ id: sid, kind, title, body }) => ({
        id: sid,
        kind,
        title,
        body,
      })),
      questions: before.questions,
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as CourseOut;
    expect(after.sections).toEqual(before.sections);
    expect(after.questions).toEqual(before.questions);
    expect(after.revision).toBe(before.revision + 1);
    const twice = await t.as(owner).patch(courses(id), {
      revision: after.revision,
      sections: [textSection("A"), textSection("B")].map((s) => ({ ...s, id: "same" })),
    });
    expect(twice.json().error.fields).toEqual({
      "sections.1.id":
        "問題または選択肢の識別子が重複しています。画面を読み込み直してから保存してください。",
    });
  });

  it("refuses a quiz's problems and bad material on their fields", async () => {
    const id = await create();
    const res = await save(id, {
      questions: [question("正解なし", [false, false]), question("正解が2つ", [true, true])],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      "questions.0.choices":
        "正解の選択肢がない問題があります。各問題に正解を1つ以上指定してください。",
      "questions.1.choices":
        "単一選択の問題に正解が複数あります。正解を1つにするか、複数選択の問題にしてください。",
    });
    const one = await save(id, { questions: [question("選択肢1つ", [true])] });
    expect(one.json().error.fields).toEqual({ "questions.0.choices": "選択肢は2つ以上必要です。" });
    const bad = await save(id, {
      sections: [
        { kind: "video", title: "動画", url: "http://example.jp/v" },
        { kind: "text", title: "<script>x</script>" },
        { kind: "video", title: "URLなし" },
      ],
      questions: [{ ...question("x"), kind: "ranking" }],
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      "questions.0.kind",
      "sections.0.url",
      "sections.1.title",
      "sections.2.url",
    ]);
    expect(bad.json().error.fields["sections.0.url"]).toBe(
      "動画のURLは https:// で始まるアドレスにしてください。",
    );
    const tooMany = await save(id, {
      questions: [
        question(
          "多すぎ",
          Array.from({ length: 11 }, (_, i) => i === 0),
        ),
      ],
    });
    expect(Object.keys(tooMany.json().error.fields)).toEqual(["questions.0.choices"]);
    expect((await get(id)).revision).toBe(1);
  });

  it("takes images and slides only from the course's own files", async () => {
    const id = await create();
    const other = await create({ title: "別のコース" });
    const mine = await attachPdf(id);
    const theirs = await attachPdf(other);
    const foreign = await attachPdf(
      (
        await t
          .as(outsider)
          .post(`${otherBase}/education/plans/${otherPlanId}/courses`, { title: "他社" })
      ).json().id,
      otherOrg,
      outsider,
    );
    for (const fileId of [theirs, foreign, "no-such-file"]) {
      const res = await save(id, { sections: [{ kind: "slides", title: "資料", fileId }] });
      expect(res.statusCode, fileId).toBe(400);
      expect(res.json().error.fields).toEqual({
        "sections.0.fileId":
          "このコースに添付されていないファイルです。このコースにアップロードしたファイルを選んでください。",
      });
    }
    const ok = await save(id, {
      sections: [
        { kind: "slides", title: "資料", fileId: mine },
        { kind: "image", title: "図（あとで）" },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as CourseOut).sections.map((s) => s.fileId)).toEqual([mine, null]);
    // Opening needs every file in place.
    const open = await t.as(owner).post(courses(`${id}/open`));
    expect(open.statusCode).toBe(400);
    expect(Object.keys(open.json().error.fields)).toEqual(["sections.1.fileId"]);
  });

  it("opens a course with material and a usable quiz, archives and restores it", async () => {
    const id = await create();
    const empty = await t.as(owner).post(courses(`${id}/open`));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual({
      sections: "教材が1つもありません。受講を始めるには教材を1つ以上追加してください。",
    });
    await save(id, { sections: [textSection("本文")], questions: [question("問1")] });
    const open = await t.as(consultant).post(courses(`${id}/open`));
    expect(open.statusCode, open.body).toBe(200);
    expect((open.json() as CourseOut).status).toBe("open");
    const twice = await t.as(owner).post(courses(`${id}/open`));
    expect(twice.json().error.code).toBe("EDUCATION_COURSE_WRONG_STATUS");

    // An open course stays editable but keeps its material.
    const noMaterial = await save(id, { sections: [] });
    expect(noMaterial.json().error.fields).toEqual({
      sections: "教材が1つもありません。受講を始めるには教材を1つ以上追加してください。",
    });

    const archived = await t.as(owner).post(courses(`${id}/archive`));
    expect(archived.json()).toMatchObject({ status: "archived" });
    expect((archived.json() as CourseOut).archivedAt).not.toBeNull();
    const edit = await save(id, { title: "変更" });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe("EDUCATION_COURSE_ARCHIVED");
    const plan = (await t.as(owner).get(`${base}/education/plans/${planId}`)).json() as PlanOut;
    expect(plan.courses.at(-1)?.id).toBe(id);
    const restored = await t.as(owner).post(courses(`${id}/restore`));
    expect(restored.json()).toMatchObject({ status: "draft", archivedAt: null });
    expect(await events("education_course", id)).toEqual([
      "create",
      "update",
      "publish",
      "archive",
      "restore",
    ]);
  });

  it("deletes an unassigned course with its files; an assigned one is 409 (archive it)", async () => {
    const id = await create();
    const file = await attachPdf(id);
    const del = await t.as(consultant).delete(courses(id));
    expect(del.statusCode, del.body).toBe(204);
    expect((await t.as(owner).get(courses(id))).statusCode).toBe(404);
    expect(await events("attachment", file)).toEqual(["create", "delete"]);

    const used = await create();
    await assign(used);
    const refused = await t.as(owner).delete(courses(used));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: "EDUCATION_COURSE_IN_USE",
      message:
        "このコースはすでに受講者に割り当てられているため、削除できません。代わりにアーカイブしてください（受講記録は残ります）。",
    });
    expect((await get(used)).assignedCount).toBe(1);
  });

  it("copies a course into another plan as a draft, dates moved on by the years between", async () => {
    const id = await create({ dueOn: "2028-02-29", scheduledFrom: "2027-10-01" });
    const file = await attachPdf(id);
    await save(id, {
      sections: [{ kind: "slides", title: "資料", fileId: file }, textSection("本文")],
      questions: [question("問1")],
    });
    await t.as(owner).post(courses(`${id}/open`));
    const source = await get(id);
    // One year on from the source plan's 2051.
    const target = await newPlan(base, owner, 2052);
    const res = await t.as(owner).post(courses(`${id}/copy`), { planId: target });
    expect(res.statusCode, res.body).toBe(201);
    const copy = await get(res.json().id);
    expect(copy).toMatchObject({
      planId: target,
      status: "draft",
      copiedFromId: id,
      dueOn: "2029-02-28",
      scheduledFrom: "2028-10-01",
      assignedCount: 0,
      questions: source.questions,
    });
    // The slides come along as a file of the copy's own, with the same bytes.
    const [slides, text] = copy.sections;
    expect([slides?.kind, text?.kind, text?.fileId]).toEqual(["slides", "text", null]);
    expect(slides?.fileId).toEqual(expect.any(String));
    expect(slides?.fileId).not.toBe(file);
    const filesOf = async (owner_: string) =>
      (
        await t.as(owner).get(`/api/v1/orgs/${orgId}/attachments/owners/education_course/${owner_}`)
      ).json().items as { id: string; sha256: string }[];
    const [copied] = await filesOf(copy.id);
    const [original] = await filesOf(id);
    expect(copied?.id).toBe(slides?.fileId);
    expect(copied?.sha256).toBe(original?.sha256);
    const foreign = await t.as(owner).post(courses(`${id}/copy`), { planId: otherPlanId });
    expect(foreign.statusCode).toBe(400);
    expect(Object.keys(foreign.json().error.fields)).toEqual(["planId"]);
    // Deleting the source course (nobody assigned) leaves the copy's file where it was.
    expect((await t.as(owner).delete(courses(id))).statusCode).toBe(204);
    expect((await filesOf(copy.id)).map((f) => f.id)).toEqual([slides?.fileId]);
  });

  it("refuses a copy whose files would pass the organization's quota, writing nothing", async () => {
    const id = await create();
    const file = await attachPdf(id);
    await save(id, { sections: [{ kind: "slides", title: "資料", fileId: file }] });
    const target = await newPlan(base, owner, 2053);
    const ctx = { orgId, userId: owner.id, userName: owner.name, role: "owner" as const };
    // A quota of 1 byte: the copy's file alone passes it.
    await expect(
      copyCourse(t.database.db, ctx, id, { planId: target }, { orgMaxBytes: 1 }),
    ).rejects.toMatchObject({ code: "ORG_FILES_QUOTA_EXCEEDED" });
    const listed = await t.as(owner).get(`${base}/education/plans/${target}`);
    expect(listed.json().courses).toEqual([]);
  });

  it("lets readers read and only writers write", async () => {
    const id = await create();
    for (const who of [manager, viewer])
      expect((await t.as(who).get(courses(id))).statusCode).toBe(200);
    expect((await t.as(member).get(courses(id))).statusCode).toBe(403);
    for (const who of [manager, viewer, member]) {
      expect((await t.as(who).patch(courses(id), { revision: 1 })).statusCode).toBe(403);
      for (const move of ["open", "archive", "restore"])
        expect((await t.as(who).post(courses(`${id}/${move}`))).statusCode).toBe(403);
      expect((await t.as(who).post(courses(`${id}/copy`), { planId })).statusCode).toBe(403);
      expect((await t.as(who).delete(courses(id))).statusCode).toBe(403);
      expect(
        (await t.as(who).post(`${base}/education/plans/${planId}/courses`, { title: "x" }))
          .statusCode,
      ).toBe(403);
    }
    expect((await t.as(null).get(courses(id))).statusCode).toBe(401);
    expect((await get(id)).revision).toBe(1);
  });

  it("answers 404 for another organization's course, whoever asks", async () => {
    const theirs = (
      await t
        .as(outsider)
        .post(`${otherBase}/education/plans/${otherPlanId}/courses`, { title: "他社の研修" })
    ).json().id as string;
    const calls: [string, "get" | "patch" | "post" | "delete", unknown?][] = [
      [courses(theirs), "get"],
      [courses(theirs), "patch", { revision: 1, title: "乗っ取り" }],
      [courses(theirs), "delete"],
      [courses(`${theirs}/open`), "post"],
      [courses(`${theirs}/archive`), "post"],
      [courses(`${theirs}/restore`), "post"],
      [courses(`${theirs}/copy`), "post", { planId }],
    ];
    for (const [path, method, body] of calls) {
      const as = t.as(owner);
      const res =
        method === "get" || method === "delete"
          ? await as[method](path)
          : await as[method](path, body);
      expect(res.statusCode, `${method} ${path}`).toBe(404);
    }
    const still = await t.as(outsider).get(`${otherBase}/education/courses/${theirs}`);
    expect(still.json()).toMatchObject({ title: "他社の研修", status: "draft", revision: 1 });
  });
});
