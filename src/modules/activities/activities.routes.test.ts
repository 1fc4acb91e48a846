// 実施記録 (activity records) through the real HTTP routes on both databases: recording,
// correcting and deleting, the refusals (future days, approvers who are not members, ids of
// another organization, markup), approval by the named approver only, the signed document,
// and what the readiness rules and the PDCA calendar read from the records. The approver's
// side (a member-role president, the 承認待ち list, notices, withdrawing an approval) and
// risk rows as evidence are in activities.approver.routes.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../core/obligations/dates.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { formatSeireki } from "../../core/wareki.ts";
import {
  dbKinds,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";
import type { ActivityOut } from "./activities.contract.ts";

type Rule = { ruleId: string; status: string; reason: { ja: string; en: string }; fixPath: string };

describe.each(dbKinds)("activity records (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let admin: TestUser;
  let viewer: TestUser;
  let consultant: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  let personId: string;
  let foreignPerson: string;
  const today = todayInJapan();

  const url = (path = "") => `${base}/activities${path}`;
  async function create(body: Record<string, unknown>, as = owner) {
    const res = await t.as(as).post(url(), body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function get(id: string, as = owner) {
    const res = await t.as(as).get(url(`/${id}`));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ActivityOut;
  }
  /** A rule of the readiness report of the organization at `b` (its API base). */
  async function rule(b: string, ruleId: string): Promise<Rule> {
    const res = await t.as(owner).get(`${b}/readiness`);
    const found = (res.json().results as Rule[]).find((r) => r.ruleId === ruleId);
    if (!found) throw new Error(`no rule ${ruleId}`);
    return found;
  }
  async function events(id: string) {
    const res = await t.as(owner).get(`${base}/audit-events?entity=activity_record&entityId=${id}`);
    return (res.json().items as { action: string; changes: Record<string, unknown> }[]).map(
      (e) => e.action,
    );
  }
  async function attachPdf(recordId: string, as = owner) {
    const boundary = "----activity-test";
    const res = await t.app.inject({
      method: "POST",
      url: `${base}/attachments/owners/activity_record/${recordId}`,
      headers: {
        cookie: as.cookie,
        ...sameOrigin,
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      payload:
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="signed.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("山田 太郎");
    admin = await t.signUp("事務局 花子");
    viewer = await t.signUp("閲覧 次郎");
    consultant = await t.signUp("支援 三郎");
    outsider = await t.signUp("他社 四郎");
    orgId = await t.createOrg(owner, "株式会社じっし");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    await t.addMember(owner, orgId, admin, "admin");
    await t.addMember(owner, orgId, viewer, "viewer");
    await t.addMember(owner, orgId, consultant, "consultant");
    base = `/api/v1/orgs/${orgId}`;
    const p = await t.as(owner).post(`${base}/people`, {
      name: "佐藤 花子",
      employmentType: "regular",
    });
    personId = p.json().id;
    const f = await t.as(outsider).post(`/api/v1/orgs/${otherOrg}/people`, {
      name: "他社 社員",
      employmentType: "regular",
    });
    foreignPerson = f.json().id;
  });
  afterAll(() => t.close());

  it("records an education with its doer's name as it is, lists and audits it", async () => {
    const id = await create({
      kind: "education",
      performedOn: today,
      performedByPersonId: personId,
      notes: "全従業者 12 名が受講",
    });
    const out = await get(id);
    expect(out).toMatchObject({
      kind: "education",
      kindLabel: { ja: "従業者教育", en: "Staff education" },
      performedOn: today,
      performedByPersonId: personId,
      performedByName: "佐藤 花子",
      approval: "not_needed",
      needsApproval: false,
      source: "entered",
      createdByName: "山田 太郎",
      evidence: [],
    });
    expect(await events(id)).toEqual(["create"]);
    const list = await t.as(viewer).get(url("?kind=education"));
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: ActivityOut) => r.id)).toContain(id);
  });

  it("refuses a day still to come, naming the field, in Japanese and English", async () => {
    const body = { kind: "education", performedOn: addDays(today, 1), performedByName: "講師" };
    const res = await t.as(owner).post(url(), body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.performedOn).toBe("今日より後の日付は入力できません。");
    const en = await t.as(owner, "en").post(url(), body);
    expect(en.json().error.fields.performedOn).toBe("The date cannot be later than today.");
  });

  it("needs an approver for top management's acts, who is a member that may approve", async () => {
    const bad = async (body: Record<string, unknown>, field: string, message: string) => {
      const before = (await t.as(owner).get(url())).json().total;
      const res = await t.as(owner).post(url(), {
        kind: "management_review",
        performedOn: today,
        performedByName: "山田 太郎",
        ...body,
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields[field]).toBe(message);
      expect((await t.as(owner).get(url())).json().total).toBe(before);
    };
    await bad({}, "approverUserId", "この種類の記録には承認者（代表者など）が必要です。");
    const notMember =
      "承認者は、この事業者のメンバーで承認の権限を持つ方（オーナー・管理者・部門責任者・従業者）から選んでください。";
    await bad({ approverUserId: outsider.id }, "approverUserId", notMember);
    await bad({ approverUserId: viewer.id }, "approverUserId", notMember);
    await bad({ approverUserId: consultant.id }, "approverUserId", notMember);
    await bad({ approverUserId: "no-such-user" }, "approverUserId", notMember);
  });

  it("refuses another organization's person and evidence as if they did not exist", async () => {
    const other = await t.as(owner).post(url(), {
      kind: "education",
      performedOn: today,
      performedByPersonId: foreignPerson,
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields.performedByPersonId).toBe("選んだ従業者が見つかりません。");
    const evidence = await t.as(owner).post(url(), {
      kind: "education",
      performedOn: today,
      performedByName: "講師",
      evidence: [
        { capability: "person", id: personId },
        { capability: "person", id: foreignPerson },
      ],
    });
    expect(evidence.statusCode).toBe(400);
    expect(evidence.json().error.fields["evidence.1.id"]).toBe(
      "根拠として選んだ記録が見つかりません。",
    );
  });

  it("refuses markup and keeps an outsider's name; evidence names the linked record", async () => {
    const html = await t.as(owner).post(url(), {
      kind: "education",
      performedOn: today,
      performedByName: "講師",
      notes: '<img src=x onerror="alert(1)">',
    });
    expect(html.statusCode).toBe(400);
    expect(html.json().error.fields.notes).toBe("HTMLタグやスクリプトは入力できません。");
    const id = await create({
      kind: "safety_measure_check",
      performedOn: today,
      performedByName: "外部 監査人",
      evidence: [{ capability: "person", id: personId }],
    });
    expect((await get(id)).evidence).toEqual([
      { capability: "person", id: personId, name: "佐藤 花子", itemId: null },
    ]);
  });

  it("lets only the named approver approve, as themself; an edit of the day asks again", async () => {
    const id = await create({
      kind: "management_review",
      performedOn: today,
      performedByName: "山田 太郎",
      approverUserId: owner.id,
    });
    expect(await get(id)).toMatchObject({ approval: "pending", approverName: "山田 太郎" });
    const byAdmin = await t.as(admin).post(url(`/${id}/approve`));
    expect(byAdmin.statusCode).toBe(403);
    expect(byAdmin.json().error.code).toBe("ACTIVITY_NOT_APPROVER");
    const byViewer = await t.as(viewer).post(url(`/${id}/approve`));
    expect(byViewer.statusCode).toBe(403);
    expect(byViewer.json().error.code).toBe("FORBIDDEN");
    expect((await get(id)).approval).toBe("pending");

    const approved = await t.as(owner).post(url(`/${id}/approve`));
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ approval: "approved", approvalVia: "in_product" });
    const again = await t.as(owner).post(url(`/${id}/approve`));
    expect(again.statusCode).toBe(409);

    // A note changes nothing the approval was given to; the day does.
    await t.as(admin).patch(url(`/${id}`), { notes: "議事録は共有フォルダ" });
    expect((await get(id)).approval).toBe("approved");
    const moved = await t.as(admin).patch(url(`/${id}`), { performedOn: addDays(today, -1) });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ approval: "pending", approvedAt: null });
    expect((await t.as(owner).post(url(`/${id}/approve`))).statusCode).toBe(200);
    expect(await events(id)).toEqual(["approve", "update", "update", "approve", "create"]);
  });

  it("takes a signed document attached to the record as the approval, while it stays", async () => {
    // A fresh organization, so the resources rule reads only this record. (The policy itself
    // is proved by the document register, not by its approval record.)
    const org = await t.createOrg(owner, "株式会社しょめい");
    const b = `/api/v1/orgs/${org}`;
    const resources = () => rule(b, "manual.resources");
    const res = await t.as(owner).post(`${b}/activities`, {
      kind: "resources_decided",
      performedOn: today,
      performedByName: "山田 太郎",
      approverUserId: owner.id,
    });
    const id = res.json().id as string;
    expect((await resources()).reason.ja).toBe(
      `${formatSeireki(today)}の「資源の決定」の記録は、山田 太郎の承認待ちです。`,
    );
    const saved = base;
    base = b;
    try {
      const other = await create({
        kind: "education",
        performedOn: today,
        performedByName: "講師",
      });
      const foreignFile = await attachPdf(other);
      const wrong = await t.as(owner).post(url(`/${id}/signed-approval`), {
        attachmentId: foreignFile,
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.fields.attachmentId).toBe(
        "署名済みの文書は、この記録に添付したファイルから選んでください。",
      );
      const file = await attachPdf(id);
      const signed = await t.as(owner).post(url(`/${id}/signed-approval`), { attachmentId: file });
      expect(signed.statusCode, signed.body).toBe(200);
      expect(signed.json()).toMatchObject({ approval: "approved", approvalVia: "signed_document" });
      expect((await resources()).status).toBe("ok");
      // Without its signed document the approval no longer counts.
      expect((await t.as(owner).delete(`${b}/attachments/${file}`)).statusCode).toBe(204);
      expect((await resources()).status).toBe("gap");
    } finally {
      base = saved;
    }
  });

  it("proves a former tick rule only with a dated record within its period", async () => {
    const org = await t.createOrg(owner, "株式会社きかん");
    const b = `/api/v1/orgs/${org}`;
    // The internal audit (the education reads its completions now: education.readiness.test.ts).
    const audit = () => rule(b, "manual.internal_audit");
    expect(await audit()).toMatchObject({
      status: "gap",
      reason: { ja: "「内部監査」の実施記録がありません。" },
      fixPath: "activities?new=internal_audit",
    });
    // The PMS started two years ago: the audit comes after it.
    const started = await t.as(owner).post(`${b}/activities`, {
      kind: "operation_start",
      performedOn: addDays(today, -730),
      performedByName: "管理者",
    });
    expect(started.statusCode).toBe(201);
    // 12 months and a day ago: too old.
    const [y, m, d] = today.split("-").map(Number) as [number, number, number];
    const sameDayLastYear = `${y - 1}-${String(m).padStart(2, "0")}-${String(
      Math.min(d, new Date(Date.UTC(y - 1, m, 0)).getUTCDate()),
    ).padStart(2, "0")}`;
    const tooOld = addDays(sameDayLastYear, -1);
    const old = await t.as(owner).post(`${b}/activities`, {
      kind: "internal_audit",
      performedOn: tooOld,
      performedByName: "監査員",
    });
    expect(old.statusCode).toBe(201);
    expect(await audit()).toMatchObject({
      status: "gap",
      reason: {
        ja: `最後の「内部監査」の記録は${formatSeireki(tooOld)}で、12か月を過ぎています。${formatSeireki(sameDayLastYear)}以降の記録が必要です。`,
      },
    });
    // Moved to the same day last year: exactly 12 months, still in time.
    await t.as(owner).patch(`${b}/activities/${old.json().id}`, { performedOn: sameDayLastYear });
    expect((await audit()).status).toBe("ok");
    // The PDCA calendar reads the same record.
    const duties = (await t.as(owner).get(`${b}/obligations`)).json().items as {
      key: string;
      lastDone: string | null;
      fixPath: string;
    }[];
    expect(duties.find((o) => o.key === "internal_audit")).toMatchObject({
      lastDone: sameDayLastYear,
      fixPath: "activities?new=internal_audit",
    });
  });

  it("filters by period, approval and words, pages the list, and deletes with files", async () => {
    const org = await t.createOrg(owner, "株式会社いちらん");
    const b = `/api/v1/orgs/${org}`;
    const add = async (body: Record<string, unknown>) => {
      const res = await t.as(owner).post(`${b}/activities`, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const a = await add({ kind: "education", performedOn: "2025-04-10", performedByName: "講師" });
    const c = await add({
      kind: "internal_audit",
      performedOn: "2025-06-01",
      performedByName: "監査 一郎",
      notes: "営業部を監査",
    });
    const r = await add({
      kind: "management_review",
      performedOn: "2025-07-01",
      performedByName: "山田 太郎",
      approverUserId: owner.id,
    });
    const ids = async (q: string) =>
      ((await t.as(owner).get(`${b}/activities${q}`)).json().items as ActivityOut[]).map(
        (x) => x.id,
      );
    expect(await ids("")).toEqual([r, c, a]);
    expect(await ids("?from=2025-05-01&to=2025-06-30")).toEqual([c]);
    expect(await ids("?approval=pending")).toEqual([r]);
    expect(await ids("?approval=not_needed")).toEqual([c, a]);
    expect(await ids(`?q=${encodeURIComponent("営業部")}`)).toEqual([c]);
    expect(await ids(`?q=${encodeURIComponent("内部監査")}`)).toEqual([c]);
    expect(await ids("?limit=2&page=2")).toEqual([a]);
    expect((await t.as(owner).get(`${b}/activities?limit=2`)).json().total).toBe(3);
    const bad = await t.as(owner).get(`${b}/activities?from=2025-02-30`);
    expect(bad.statusCode).toBe(400);

    const saved = base;
    base = b;
    try {
      await attachPdf(c);
    } finally {
      base = saved;
    }
    expect((await t.as(owner).delete(`${b}/activities/${c}`)).statusCode).toBe(204);
    expect((await t.as(owner).get(`${b}/activities/${c}`)).statusCode).toBe(404);
    const files = await t.as(owner).get(`${b}/audit-events?entity=attachment&action=delete`);
    expect(files.json().total).toBe(1);
  });

  it("is 404 for another organization's user and ids, 403 for roles that may not write", async () => {
    const id = await create({ kind: "education", performedOn: today, performedByName: "講師" });
    expect((await t.as(outsider).get(url(`/${id}`))).statusCode).toBe(404);
    const foreign = await t.as(outsider).post(`/api/v1/orgs/${otherOrg}/activities`, {
      kind: "education",
      performedOn: today,
      performedByName: "講師",
    });
    const foreignId = foreign.json().id as string;
    expect((await t.as(owner).get(url(`/${foreignId}`))).statusCode).toBe(404);
    expect((await t.as(owner).patch(url(`/${foreignId}`), { notes: "x" })).statusCode).toBe(404);
    expect((await t.as(owner).delete(url(`/${foreignId}`))).statusCode).toBe(404);
    const byViewer = await t.as(viewer).post(url(), {
      kind: "education",
      performedOn: today,
      performedByName: "講師",
    });
    expect(byViewer.statusCode).toBe(403);
  });
});
