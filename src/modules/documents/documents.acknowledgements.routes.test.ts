// 周知・誓約, the organization's side, over the real HTTP routes on both databases: sending a
// published version to departments (sub-departments included, people who left never) or to
// everyone, skipping those asked before, mailing only people with e-mail and answering who
// needs the printed sheet; the confirmation page (counts, search, department and status
// filters, paging); paper records; reminders by hand (24 hours apart); the printed list; the
// readiness figures; refusals, roles and tenants. The person's side is in
// documents.acknowledgements.person.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import type { AckList, SendResult } from "./documents.acknowledgements.contract.ts";
import { mailedTokens, publishedDocument } from "./documents.acknowledgements.test-support.ts";
import { acknowledgementStatus } from "./index.ts";

const DAY = 86_400_000;
const dayOffset = (days: number) => todayInJapan(new Date(Date.now() + days * DAY));

describe.each(dbKinds)("documents: sending for reading (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let consultant: TestUser;
  let manager: TestUser;
  let viewer: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  let doc: { documentId: string; versionId: string };
  let acks: string;
  const people: Record<string, string> = {};
  const depts: Record<string, string> = {};

  async function dept(name: string, parentId: string | null = null) {
    const res = await t.as(owner).post(`${base}/departments`, { name, parentId });
    expect(res.statusCode, res.body).toBe(201);
    depts[name] = res.json().id;
    return res.json().id as string;
  }
  async function addPerson(name: string, body: Record<string, unknown> = {}, org = orgId) {
    const res = await t
      .as(org === orgId ? owner : outsider)
      .post(`/api/v1/orgs/${org}/people`, { name, employmentType: "regular", ...body });
    expect(res.statusCode, res.body).toBe(201);
    people[name] = res.json().id;
    return res.json().id as string;
  }
  async function list(query = "", as = owner): Promise<AckList> {
    const res = await t.as(as).get(`${acks}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  async function events(action: string) {
    const res = await t
      .as(owner)
      .get(`${base}/audit-events?entity=pms_document_acknowledgement&limit=200`);
    return (res.json().items as { action: string; changes: Record<string, { new: unknown }> }[])
      .filter((e) => e.action === action)
      .map((e) => Object.fromEntries(Object.entries(e.changes).map(([k, v]) => [k, v.new])));
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("代表 太郎");
    consultant = await t.signUp("支援 三郎");
    manager = await t.signUp("部長 四郎");
    viewer = await t.signUp("閲覧 次郎");
    outsider = await t.signUp("他社 五郎");
    orgId = await t.createOrg(owner, "株式会社しゅうち");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    await t.addMember(owner, orgId, consultant, "consultant");
    await t.addMember(owner, orgId, manager, "manager");
    await t.addMember(owner, orgId, viewer, "viewer");
    base = `/api/v1/orgs/${orgId}`;
    await t.as(owner).put(`${base}/profile`, { name: "株式会社しゅうち" });
    await dept("営業部");
    await dept("営業一課", depts.営業部);
    await dept("総務部");
    await addPerson("営業 一郎", {
      departmentId: depts.営業部,
      email: "ichiro@example.jp",
      kana: "エイギョウ イチロウ",
    });
    await addPerson("営業 二郎", {
      departmentId: depts.営業一課,
      email: "jiro@example.jp",
      kana: "エイギョウ ジロウ",
    });
    await addPerson("営業 三子", { departmentId: depts.営業一課, kana: "エイギョウ ミツコ" });
    await addPerson("退職 済子", {
      departmentId: depts.営業部,
      email: "left@example.jp",
      joinedOn: "2020-04-01",
      leftOn: dayOffset(-30),
    });
    await addPerson("総務 花子", {
      departmentId: depts.総務部,
      email: "hanako@example.jp",
      kana: "ソウム ハナコ",
    });
    await addPerson("総務 月子", { departmentId: depts.総務部, kana: "ソウム ツキコ" });
    await addPerson("他社 社員", {}, otherOrg);
    doc = await publishedDocument(t, owner, orgId, { number: "P-01", title: "個人情報保護方針" });
    acks = `${base}/documents/${doc.documentId}/versions/${doc.versionId}/acknowledgements`;
  });
  afterAll(() => t.close());

  it("sends to a department and its sub-departments, in office only; mails those with e-mail", async () => {
    const res = await t.as(owner).post(acks, {
      kind: "read",
      audience: { departmentIds: [depts.営業部] },
      dueOn: dayOffset(14),
    });
    expect(res.statusCode, res.body).toBe(201);
    const out = res.json() as SendResult;
    expect(out).toEqual({
      asked: 3,
      skipped: 0,
      mailed: 2,
      onCard: 0,
      needSheet: [
        { personId: people["営業 三子"], personName: "営業 三子", departmentName: "営業一課" },
      ],
    });
    const tokens = await mailedTokens(t);
    expect([...tokens.keys()].sort()).toEqual(["ichiro@example.jp", "jiro@example.jp"]);
    for (const token of tokens.values()) expect(token).toMatch(/^[A-Za-z0-9_-]{65}$/);
    const outbox = await t.database.query<{ subject: string; payload: { dueOn: string } }>(
      "select subject, payload from mail_outbox where template = 'documents.acknowledgement'",
    );
    expect(outbox[0]?.subject).toBe(
      "【mamori】株式会社しゅうち：「個人情報保護方針」の確認のお願い",
    );
    expect(outbox[0]?.payload.dueOn).toBe(dayOffset(14));
    // The secret link is kept apart from the row, never in its payload.
    expect(JSON.stringify(outbox)).not.toContain("/p/");
    // One event for the request with its counts, one per link issued.
    expect(await events("send")).toEqual([
      {
        documentTitle: "P-01 個人情報保護方針",
        versionNo: 1,
        kind: "read",
        audience: "departments",
        dueOn: dayOffset(14),
        asked: 3,
        skipped: 0,
        mailed: 2,
      },
    ]);
    const linkEvents = await t.as(owner).get(`${base}/audit-events?entity=personal_link&limit=50`);
    const created = (
      linkEvents.json().items as { action: string; changes: { delivery?: { new: string } } }[]
    )
      .filter((e) => e.action === "create")
      .map((e) => e.changes.delivery?.new);
    expect(created).toEqual(["mail", "mail"]);
  });

  it("skips the people asked before and sends to everyone else in office", async () => {
    const res = await t.as(owner).post(acks, { kind: "read", audience: { all: true } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      asked: 2,
      skipped: 3,
      mailed: 1,
      onCard: 0,
      needSheet: [
        { personId: people["総務 月子"], personName: "総務 月子", departmentName: "総務部" },
      ],
    });
    const again = await t.as(owner).post(acks, { kind: "read", audience: { all: true } });
    expect(again.json()).toMatchObject({ asked: 0, skipped: 5, mailed: 0, needSheet: [] });
  });

  it("leaves people without e-mail who hold a live card alone: they see it there", async () => {
    const sheet = await t.as(owner).post(`${base}/personal-links`, {
      purpose: "pledge",
      scope: "people",
      personIds: [people["総務 月子"]],
    });
    expect(sheet.statusCode, sheet.body).toBe(201);
    const res = await t.as(owner).post(acks, {
      kind: "pledge",
      audience: { departmentIds: [depts.総務部] },
    });
    expect(res.json()).toEqual({ asked: 2, skipped: 0, mailed: 1, onCard: 1, needSheet: [] });
  });

  it("shows the confirmation page: counts, search, department and status filters, paging", async () => {
    const page = await list();
    expect(page.counts).toEqual({ asked: 5, confirmed: 0, pending: 5, overdue: 0, left: 0 });
    expect(page.version).toEqual({
      documentId: doc.documentId,
      number: "P-01",
      title: "個人情報保護方針",
      versionNo: 1,
      status: "published",
    });
    // By reading (kana), then id.
    expect(page.items.map((i) => i.personName)).toEqual([
      "営業 一郎",
      "営業 二郎",
      "営業 三子",
      "総務 月子",
      "総務 花子",
    ]);
    expect(page.items[2]).toMatchObject({
      departmentName: "営業一課",
      hasEmail: false,
      left: false,
      status: "pending",
      dueOn: dayOffset(14),
      acknowledgedAt: null,
    });
    expect((await list("?q=総務")).items.map((i) => i.personName)).toEqual([
      "総務 月子",
      "総務 花子",
    ]);
    expect((await list("?q=ジロウ")).items.map((i) => i.personName)).toEqual(["営業 二郎"]);
    const sales = await list(`?departmentId=${depts.営業部}`);
    expect(sales.total).toBe(3);
    expect((await list(`?departmentId=${depts.営業一課}`)).total).toBe(2);
    const second = await list("?limit=2&page=2");
    expect(second.items.map((i) => i.personName)).toEqual(["営業 三子", "総務 月子"]);
    expect(second.total).toBe(5);
    expect((await list("?kind=pledge")).counts.asked).toBe(2);
    expect((await list("?status=confirmed")).total).toBe(0);
    // The viewer reads the page; another organization's user gets 404.
    expect((await list("", viewer)).total).toBe(5);
    expect((await t.as(outsider).get(acks)).statusCode).toBe(404);
  });

  it("records a confirmation given on paper, once, with a day not in the future", async () => {
    const row = (await list("?q=営業 三子")).items[0];
    const url = `${acks}/${row?.id}/record-paper`;
    const future = await t.as(owner).post(url, { signedOn: dayOffset(1) });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toEqual({
      signedOn: "署名日に未来の日付は指定できません。",
    });
    const bad = await t.as(owner).post(url, { signedOn: "2026-02-30" });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(["signedOn"]);
    const ok = await t
      .as(consultant)
      .post(url, { signedOn: todayInJapan(), typedName: "営業 三子" });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      via: "paper",
      signedOn: todayInJapan(),
      typedName: "営業 三子",
    });
    const twice = await t.as(owner).post(url, { signedOn: todayInJapan() });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("DOCUMENT_ACK_DONE");
    const page = await list();
    expect(page.counts).toMatchObject({ confirmed: 1, pending: 4 });
    expect((await list("?status=confirmed")).items.map((i) => [i.personName, i.via])).toEqual([
      ["営業 三子", "paper"],
    ]);
    expect(await events("record_paper")).toEqual([
      expect.objectContaining({ personName: "営業 三子", via: "paper", signedOn: todayInJapan() }),
    ]);
    // Another version's id with this row is 404; a viewer may not write.
    const other = await t.as(viewer).post(url, { signedOn: todayInJapan() });
    expect(other.statusCode).toBe(403);
  });

  it("reminds by hand only those mailed more than 24 hours ago, with a new link", async () => {
    const now = await t.as(owner).post(`${acks}/remind`, { kind: "read" });
    expect(now.statusCode, now.body).toBe(200);
    expect(now.json()).toEqual({
      reminded: 0,
      skippedRecent: 3,
      withoutEmail: [
        { personId: people["総務 月子"], personName: "総務 月子", departmentName: "総務部" },
      ],
    });
    const before = await mailedTokens(t);
    // Two days pass for the 営業 people's request.
    await t.database.query(
      `update pms_document_acknowledgement set requested_at = requested_at - interval '2 days'
        where version_id = $1 and kind = 'read'
          and person_id in (select jsonb_array_elements_text($2::jsonb))`,
      [doc.versionId, JSON.stringify([people["営業 一郎"], people["営業 二郎"]])],
    );
    const later = await t.as(owner).post(`${acks}/remind`, { kind: "read" });
    expect(later.json()).toMatchObject({ reminded: 2, skippedRecent: 1 });
    const after = await mailedTokens(t);
    expect(after.get("ichiro@example.jp")).not.toBe(before.get("ichiro@example.jp"));
    const subjects = await t.database.query<{ subject: string }>(
      "select subject from mail_outbox where to_address = 'ichiro@example.jp' order by created_at",
    );
    expect(subjects.map((s) => s.subject)).toEqual([
      "【mamori】株式会社しゅうち：「個人情報保護方針」の確認のお願い",
      "【mamori】【再通知】株式会社しゅうち：「個人情報保護方針」の確認のお願い",
    ]);
    const rows = (await list()).items.filter((i) => i.lastRemindedAt !== null);
    expect(rows.map((r) => r.personName)).toEqual(["営業 一郎", "営業 二郎"]);
    const again = await t.as(owner).post(`${acks}/remind`, { kind: "read" });
    expect(again.json()).toMatchObject({ reminded: 0, skippedRecent: 3 });
    expect(await events("remind")).toEqual([
      expect.objectContaining({ kind: "read", reminded: 2, skippedRecent: 1 }),
    ]);
  });

  it("prints the pending people and records the download", async () => {
    const res = await t.as(viewer).get(`${acks}/pending.pdf?kind=read`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const ev = await t.as(owner).get(`${base}/audit-events?entity=export&limit=5`);
    expect(ev.json().items[0]).toMatchObject({ entityId: "document_acknowledgements.pdf" });
    expect(ev.json().items[0].changes.rows.new).toBe(4);
  });

  it("counts current staff for readiness: pending includes those who joined after sending", async () => {
    const { db } = t.database;
    expect(await acknowledgementStatus(db, orgId, doc.versionId)).toEqual({
      targets: 5,
      confirmed: 1,
      pendingCurrentStaff: 4,
    });
    await addPerson("新人 一年", { departmentId: depts.総務部 });
    expect(await acknowledgementStatus(db, orgId, doc.versionId)).toEqual({
      targets: 6,
      confirmed: 1,
      pendingCurrentStaff: 5,
    });
    // The confirmed person leaves: neither a target nor a confirmation any more.
    await t.as(owner).patch(`${base}/people/${people["営業 三子"]}`, {
      joinedOn: "2020-04-01",
      leftOn: dayOffset(-1),
    });
    expect(await acknowledgementStatus(db, orgId, doc.versionId)).toEqual({
      targets: 5,
      confirmed: 0,
      pendingCurrentStaff: 5,
    });
    expect((await list()).counts).toMatchObject({ asked: 5, confirmed: 1, pending: 4, left: 0 });
    // Another organization sees none of it.
    expect(await acknowledgementStatus(db, otherOrg, doc.versionId)).toEqual({
      targets: 1,
      confirmed: 0,
      pendingCurrentStaff: 1,
    });
  });

  it("refuses a version that is not published, bad input and people outside the office", async () => {
    const draft = await t.as(owner).post(`${base}/documents`, {
      number: "R-01",
      title: "基本規程",
      kind: "rule",
    });
    const draftDoc = draft.json().id as string;
    const draftVersion = (await t.as(owner).get(`${base}/documents/${draftDoc}`)).json().versions[0]
      .id;
    const draftAcks = `${base}/documents/${draftDoc}/versions/${draftVersion}/acknowledgements`;
    const notPublished = await t
      .as(owner)
      .post(draftAcks, { kind: "read", audience: { all: true } });
    expect(notPublished.statusCode).toBe(409);
    expect(notPublished.json().error.code).toBe("DOCUMENT_ACK_NOT_PUBLISHED");
    const cases: [unknown, string][] = [
      [{ kind: "memo", audience: { all: true } }, "kind"],
      [{ kind: "read", audience: { all: false } }, "audience"],
      [{ kind: "read", audience: { all: true }, dueOn: dayOffset(-1) }, "dueOn"],
      [{ kind: "read", audience: { all: true }, dueOn: "明日" }, "dueOn"],
      [{ kind: "read", audience: { departmentIds: [] } }, "audience"],
      [{ kind: "read", audience: { all: true }, extra: 1 }, ""],
      [
        { kind: "read", audience: { departmentIds: [] }, personIds: [people["退職 済子"]] },
        "personIds",
      ],
    ];
    for (const [body, field] of cases) {
      const res = await t.as(owner).post(acks, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      if (field)
        expect(Object.keys(res.json().error.fields), JSON.stringify(body)).toContain(field);
    }
    // Another organization's department or person is 404, like an unknown one.
    const foreign = await t.as(owner).post(acks, {
      kind: "read",
      audience: { departmentIds: [] },
      personIds: [people["他社 社員"]],
    });
    expect(foreign.statusCode).toBe(404);
    const unknownDept = await t.as(owner).post(acks, {
      kind: "read",
      audience: { departmentIds: ["no-such-department"] },
    });
    expect(unknownDept.statusCode).toBe(404);
    // The version of another organization's id path: 404.
    const otherAcks = `/api/v1/orgs/${otherOrg}/documents/${doc.documentId}/versions/${doc.versionId}/acknowledgements`;
    expect((await t.as(outsider).get(otherAcks)).statusCode).toBe(404);
    expect(
      (await t.as(outsider).post(otherAcks, { kind: "read", audience: { all: true } })).statusCode,
    ).toBe(404);
  });

  it("lets owners and admins send and remind, not consultants or managers", async () => {
    for (const who of [consultant, manager, viewer]) {
      const res = await t.as(who).post(acks, { kind: "read", audience: { all: true } });
      expect(res.statusCode, who.name).toBe(403);
      const remind = await t.as(who).post(`${acks}/remind`, { kind: "read" });
      expect(remind.statusCode, who.name).toBe(403);
    }
  });

  it("lists the sends with their counts", async () => {
    const res = await t.as(viewer).get(`${base}/documents/acknowledgements`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().total).toBe(2);
    expect(
      (res.json().items as { kind: string; asked: number; confirmed: number; number: string }[])
        .map((i) => [i.number, i.kind, i.asked, i.confirmed])
        .sort(),
    ).toEqual([
      ["P-01", "pledge", 2, 0],
      ["P-01", "read", 5, 1],
    ]);
  });
});
