// 文書管理 through the real HTTP routes on both databases: the register (create, list, filter,
// change, archive, delete), saving drafts (conflicts, locked versions, the content check),
// review, approval by the named approver only (fields frozen, activity record written),
// publishing, new versions and their comparison, what members see, and tenant isolation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import type { CompareOut, DocumentOut, VersionOut } from "./documents.contract.ts";
import { currentPublishedVersion } from "./documents.reading.ts";

const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...blocks: unknown[]) => ({ type: "doc", content: blocks });

describe.each(dbKinds)("documents (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let admin: TestUser;
  let consultant: TestUser;
  let viewer: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  let otherBase: string;
  let counter = 0;
  const today = todayInJapan();

  const url = (path = "") => `${base}/documents${path}`;
  async function create(body: Record<string, unknown> = {}, as = owner) {
    const res = await t.as(as).post(url(), {
      number: `R-${++counter}`,
      title: `規程 ${counter}`,
      kind: "rule",
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function get(id: string, as = owner) {
    const res = await t.as(as).get(url(`/${id}`));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as DocumentOut;
  }
  async function version(id: string, vid: string, as = owner) {
    const res = await t.as(as).get(url(`/${id}/versions/${vid}`));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as VersionOut;
  }
  const firstVersion = async (id: string) => (await get(id)).versions[0]?.id as string;
  async function save(id: string, vid: string, content: unknown, revision: number, as = owner) {
    return t.as(as).put(url(`/${id}/versions/${vid}`), { content, revision });
  }
  /** A document whose first version was written, sent to `approver` and approved by them. */
  async function approved(body: Record<string, unknown>, approver = owner) {
    const id = await create(body);
    const vid = await firstVersion(id);
    expect((await save(id, vid, doc(para("第1条 目的")), 1)).statusCode).toBe(200);
    const sub = await t.as(owner).post(url(`/${id}/versions/${vid}/submit`), {
      approverUserId: approver.id,
    });
    expect(sub.statusCode, sub.body).toBe(200);
    const ok = await t.as(approver).post(url(`/${id}/versions/${vid}/approve`));
    expect(ok.statusCode, ok.body).toBe(200);
    return { id, vid };
  }
  async function events(entity: string, id: string) {
    const res = await t.as(owner).get(`${base}/audit-events?entity=${entity}&entityId=${id}`);
    return (res.json().items as { action: string }[]).map((e) => e.action).reverse();
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("山田 太郎", `owner-${kind}@example.jp`);
    admin = await t.signUp("事務局 花子");
    consultant = await t.signUp("支援 三郎");
    viewer = await t.signUp("閲覧 次郎");
    member = await t.signUp("社員 五郎");
    outsider = await t.signUp("他社 四郎");
    orgId = await t.createOrg(owner, "株式会社ぶんしょ");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    await t.addMember(owner, orgId, admin, "admin");
    await t.addMember(owner, orgId, consultant, "consultant");
    await t.addMember(owner, orgId, viewer, "viewer");
    await t.addMember(owner, orgId, member, "member");
    base = `/api/v1/orgs/${orgId}`;
    otherBase = `/api/v1/orgs/${otherOrg}`;
    await t
      .as(owner)
      .put(`${base}/profile`, { name: "株式会社ぶんしょ", representative: "山田 太郎" });
  });
  afterAll(() => t.close());

  it("creates a document with an empty first draft, audited, and refuses a number in use", async () => {
    const res = await t.as(consultant).post(url(), {
      number: "P-01",
      title: "個人情報保護方針（内部向け）",
      kind: "policy",
      jRefs: ["J.2.2", "J.2.2"],
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const out = await get(id);
    expect(out).toMatchObject({
      number: "P-01",
      kind: "policy",
      kindLabel: { ja: "方針", en: "Policy" },
      audience: "internal",
      approverRole: "top_management",
      reviewIntervalMonths: 12,
      jRefs: ["J.2.2"],
      currentVersionId: null,
      openVersionNo: 1,
      openStatus: "draft",
      hasHistory: false,
    });
    expect(out.versions).toHaveLength(1);
    expect(out.versions[0]).toMatchObject({
      versionNo: 1,
      status: "draft",
      updatedByName: "支援 三郎",
    });
    expect(await events("pms_document", id)).toEqual(["create"]);

    const taken = await t.as(owner).post(url(), { number: "p-01", title: "重複", kind: "rule" });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({
      code: "DOCUMENT_NUMBER_TAKEN",
      fields: { number: "この文書番号はすでに使われています。別の番号にしてください。" },
    });
    const bad = await t.as(owner).post(url(), { number: "R 01/x", title: "x", kind: "memo" });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(["kind", "number"]);
  });

  it("lists with search, filters, sort and paging", async () => {
    const a = await create({ number: "L-01", title: "教育規程" });
    await create({ number: "L-02", title: "内部監査規程" });
    await create({ number: "L-03", title: "外部向け方針", kind: "policy", audience: "external" });
    const list = async (q: string) => {
      const res = await t.as(viewer).get(url(`?${q}`));
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: { number: string }[]; total: number };
    };
    expect((await list("q=L-0&sort=-number")).items.map((i) => i.number)).toEqual([
      "L-03",
      "L-02",
      "L-01",
    ]);
    expect((await list("q=監査")).items.map((i) => i.number)).toEqual(["L-02"]);
    expect((await list("q=L-0&audience=external")).items.map((i) => i.number)).toEqual(["L-03"]);
    expect((await list("q=L-0&kind=policy")).items.map((i) => i.number)).toEqual(["L-03"]);
    const page2 = await list("q=L-0&limit=2&page=2");
    expect(page2).toMatchObject({ total: 3, items: [{ number: "L-03" }] });
    expect((await list("q=L-0&status=draft")).total).toBe(3);
    expect((await list("q=L-0&status=published")).total).toBe(0);
    const bad = await t.as(owner).get(url("?limit=201&sort=size&status=done"));
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(["limit", "sort", "status"]);

    const patched = await t.as(admin).patch(url(`/${a}`), {
      title: "教育・訓練規程",
      nextReviewOn: "2020-01-31",
      retentionYears: 5,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ title: "教育・訓練規程", reviewOverdue: true });
    expect((await list("q=L-0&reviewOverdue=true")).items.map((i) => i.number)).toEqual(["L-01"]);
  });

  it("saves a draft, refuses a stale revision with who saved when, and checks the content", async () => {
    const id = await create();
    const vid = await firstVersion(id);
    const first = await save(id, vid, doc(para("第1条 この規程は…")), 1, admin);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ revision: 2, updatedByName: "事務局 花子" });

    const stale = await save(id, vid, doc(para("私の変更")), 1, consultant);
    expect(stale.statusCode).toBe(409);
    const savedAt = new Date(first.json().updatedAt);
    const hhmm = new Date(savedAt.getTime() + 9 * 3600_000).toISOString().slice(11, 16);
    expect(stale.json().error).toMatchObject({
      code: "DOCUMENT_SAVE_CONFLICT",
      message: `事務局 花子さんが ${hhmm} にこの下書きを保存しています。最新の内容を読み込んでから編集してください。`,
      details: { revision: 2, updatedByName: "事務局 花子" },
    });
    // The other person's text was kept.
    expect((await version(id, vid)).content).toEqual(doc(para("第1条 この規程は…")));

    const script = "<script>alert(1)</script>";
    const ok = await save(id, vid, doc(para(script)), 2);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await version(id, vid)).content).toEqual(doc(para(script)));

    const cases: [string, unknown, string][] = [
      ["unknown node", doc({ type: "image", attrs: { src: "x" } }), "document_content_invalid"],
      ["script node", doc({ type: "script", text: "alert(1)" }), "document_content_invalid"],
      ["not a doc", { type: "paragraph" }, "document_content_invalid"],
      ["huge", doc(...Array.from({ length: 105 }, () => para("a".repeat(19_500)))), "too_large"],
      ["deep", nested(14), "too_deep"],
    ];
    for (const [what, content, key] of cases) {
      const res = await save(id, vid, content, 3);
      expect(res.statusCode, what).toBe(400);
      expect(res.json().error.code, what).toBe("DOCUMENT_CONTENT_INVALID");
      expect(Object.keys(res.json().error.fields), what).toEqual(["content"]);
      if (key === "too_large")
        expect(res.json().error.fields.content).toBe(
          "本文が大きすぎます（2MB まで）。文書を分けてください。",
        );
      if (key === "too_deep")
        expect(res.json().error.fields.content).toBe("箇条書きや表の入れ子が深すぎます。");
    }
    expect((await version(id, vid)).revision).toBe(3);
    expect(await events("pms_document_version", vid)).toEqual(["create", "update", "update"]);
  });

  it("approves by the named approver only, freezing fields and recording the policy approval", async () => {
    const id = await create({ number: "P-10", title: "個人情報保護方針", kind: "policy" });
    const vid = await firstVersion(id);
    const text = doc({
      type: "paragraph",
      content: [
        { type: "text", text: "代表者 " },
        { type: "field", attrs: { key: "org.representative" } },
      ],
    });
    expect((await save(id, vid, text, 1)).statusCode).toBe(200);
    // Only members who may approve can be named; never a consultant or another org's user.
    for (const who of [consultant, viewer, outsider]) {
      const res = await t.as(owner).post(url(`/${id}/versions/${vid}/submit`), {
        approverUserId: who.id,
      });
      expect(res.statusCode, who.name).toBe(400);
      expect(res.json().error.fields).toEqual({
        approverUserId: "承認者は、この事業者のメンバーで承認の権限を持つ方から選んでください。",
      });
    }
    const early = await t.as(member).post(url(`/${id}/versions/${vid}/approve`));
    expect(early.json().error.code).toBe("DOCUMENT_NOT_APPROVER");
    const sub = await t.as(owner).post(url(`/${id}/versions/${vid}/submit`), {
      approverUserId: member.id,
    });
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json()).toMatchObject({ status: "in_review", approverName: "社員 五郎" });
    // The approver is told, with a link to the version and 承認する.
    const bell = await t.as(member).get(`${base}/notifications`);
    const asked = (
      bell.json().items as { kind: string; title: string; body: string; link: string }[]
    ).filter((n) => n.kind === "document.approval_requested");
    expect(asked).toMatchObject([
      {
        title: "文書の承認のお願い",
        body: "山田 太郎 さんが「P-10 個人情報保護方針」第1版の承認者にあなたを指名しています。内容を確かめて承認してください。",
        link: `/orgs/${orgId}/documents?approve=${id}&version=${vid}`,
      },
    ]);
    const locked = await save(id, vid, doc(para("変更")), 2);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe("DOCUMENT_VERSION_LOCKED");

    // The member sees what waits for them and the version itself, but not the register.
    const waiting = await t.as(member).get(url("/awaiting-my-approval"));
    expect(waiting.json().items).toMatchObject([
      { documentId: id, versionId: vid, number: "P-10" },
    ]);
    expect((await version(id, vid, member)).content).toEqual(text);
    expect((await t.as(member).get(url())).statusCode).toBe(403);

    // The named approver may decline and send it back; a viewer may not.
    const byViewer = await t.as(viewer).post(url(`/${id}/versions/${vid}/send-back`));
    expect(byViewer.statusCode).toBe(403);
    const declined = await t.as(member).post(url(`/${id}/versions/${vid}/send-back`));
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ status: "draft" });
    const resent = await t.as(owner).post(url(`/${id}/versions/${vid}/submit`), {
      approverUserId: member.id,
    });
    expect(resent.statusCode, resent.body).toBe(200);

    const byOwner = await t.as(owner).post(url(`/${id}/versions/${vid}/approve`));
    expect(byOwner.statusCode).toBe(403);
    expect(byOwner.json().error.code).toBe("DOCUMENT_NOT_APPROVER");
    const ok = await t.as(member).post(url(`/${id}/versions/${vid}/approve`));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      status: "approved",
      approverName: "社員 五郎",
      fieldValues: { "org.name": "株式会社ぶんしょ", "org.representative": "山田 太郎" },
    });
    const again = await t.as(member).post(url(`/${id}/versions/${vid}/approve`));
    expect(again.statusCode).toBe(409);
    const edit = await save(id, vid, doc(para("承認後の変更")), 2);
    expect(edit.json().error.code).toBe("DOCUMENT_VERSION_LOCKED");

    const activity = await t.as(owner).get(`${base}/activities/${ok.json().approvalActivityId}`);
    expect(activity.json()).toMatchObject({
      kind: "policy_approval",
      performedOn: today,
      approverUserId: member.id,
      approverName: "社員 五郎",
      approval: "approved",
      approvalVia: "in_product",
      notes: "P-10 個人情報保護方針 第1版の承認（文書管理）",
    });
    expect(await events("pms_document_version", vid)).toEqual([
      "create",
      "update",
      "submit",
      "send_back", // declined by the member named as approver
      "submit",
      "approve",
    ]);

    // A later change of representative does not reach the approved version.
    await t
      .as(owner)
      .put(`${base}/profile`, { name: "株式会社ぶんしょ", representative: "新 社長" });
    const compare = await t.as(owner).get(url(`/${id}/compare?from=${vid}&to=${vid}`));
    expect(compare.json().from.lines).toEqual(["代表者 山田 太郎"]);
    await t
      .as(owner)
      .put(`${base}/profile`, { name: "株式会社ぶんしょ", representative: "山田 太郎" });
  });

  it("publishes, sets the review day, opens and compares versions, supersedes the old one", async () => {
    const { id, vid } = await approved({ number: "R-50", reviewIntervalMonths: 1 });
    const before = await t.as(owner).post(url(`/${id}/versions/${vid}/publish`), {
      effectiveOn: "2020-01-01",
    });
    expect(before.statusCode).toBe(400);
    expect(Object.keys(before.json().error.fields)).toEqual(["effectiveOn"]);
    const pub = await t.as(admin).post(url(`/${id}/versions/${vid}/publish`), {
      effectiveOn: "2099-01-31",
    });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json()).toMatchObject({ status: "published", effectiveOn: "2099-01-31" });
    const d = await get(id);
    // One month after 31 January is the last day of February.
    expect(d).toMatchObject({
      currentVersionId: vid,
      currentVersionNo: 1,
      effectiveOn: "2099-01-31",
      nextReviewOn: "2099-02-28",
      openVersionId: null,
      hasHistory: true,
    });
    expect((await t.as(owner).delete(url(`/${id}`))).json().error.code).toBe(
      "DOCUMENT_HAS_HISTORY",
    );

    const opened = await t.as(owner).post(url(`/${id}/versions`), { changeNote: "第2条を追加" });
    expect(opened.statusCode, opened.body).toBe(201);
    const v2 = opened.json().id as string;
    const twice = await t.as(owner).post(url(`/${id}/versions`), {});
    expect(twice.json().error.code).toBe("DOCUMENT_VERSION_OPEN");
    const copy = await version(id, v2);
    expect(copy).toMatchObject({ versionNo: 2, status: "draft", changeNote: "第2条を追加" });
    expect(copy.content).toEqual(doc(para("第1条 目的")));
    const edited = doc(para("第1条 目的と範囲"), para("第2条 定義"));
    expect((await save(id, v2, edited, 1)).statusCode).toBe(200);

    const cmp = await t.as(viewer).get(url(`/${id}/compare?from=${vid}&to=${v2}`));
    expect(cmp.statusCode, cmp.body).toBe(200);
    expect(cmp.json() as CompareOut).toMatchObject({
      from: { versionNo: 1, lines: ["第1条 目的"] },
      to: { versionNo: 2, lines: ["第1条 目的と範囲", "第2条 定義"] },
      rows: [
        { kind: "changed", left: "第1条 目的", right: "第1条 目的と範囲", leftNo: 1, rightNo: 1 },
        { kind: "added", left: null, right: "第2条 定義", leftNo: null, rightNo: 2 },
      ],
      added: 1,
      removed: 0,
      changed: 1,
    });

    // Without from and to: the latest version against the one before it.
    const latest = await t.as(viewer).get(url(`/${id}/compare`));
    expect(latest.json()).toMatchObject({
      from: { versionNo: 1 },
      to: { versionNo: 2 },
      changed: 1,
    });

    await t.as(owner).post(url(`/${id}/versions/${v2}/submit`), { approverUserId: admin.id });
    const back = await t.as(owner).post(url(`/${id}/versions/${v2}/send-back`));
    expect(back.json()).toMatchObject({ status: "draft" });
    await t.as(owner).post(url(`/${id}/versions/${v2}/submit`), { approverUserId: admin.id });
    await t.as(admin).post(url(`/${id}/versions/${v2}/approve`));
    expect((await t.as(owner).post(url(`/${id}/versions/${v2}/publish`), {})).statusCode).toBe(200);
    const after = await get(id);
    expect(after.versions.map((v) => [v.versionNo, v.status])).toEqual([
      [2, "published"],
      [1, "superseded"],
    ]);
    expect(after).toMatchObject({ currentVersionNo: 2, effectiveOn: today });
    // The rules' establishment was recorded with each approval.
    const acts = await t.as(owner).get(`${base}/activities?kind=rules_established`);
    expect(acts.json().total).toBeGreaterThanOrEqual(2);
  });

  it("lets every member read the internal documents in force, and nothing else", async () => {
    const { id, vid } = await approved({ number: "M-01", title: "安全管理規程" });
    await t.as(owner).post(url(`/${id}/versions/${vid}/publish`), {});
    const ext = await approved({ number: "M-02", kind: "policy", audience: "external" });
    await t.as(owner).post(url(`/${ext.id}/versions/${ext.vid}/publish`), {});
    const draft = await create({ number: "M-03" });
    const list = await t.as(member).get(url("/published?limit=200"));
    expect(list.statusCode, list.body).toBe(200);
    const numbers = (list.json().items as { number: string }[]).map((i) => i.number);
    expect(numbers).toContain("M-01");
    expect(numbers).not.toContain("M-02");
    expect(numbers).not.toContain("M-03");
    const one = await t.as(member).get(url(`/published/${id}`));
    expect(one.json()).toMatchObject({
      number: "M-01",
      versionNo: 1,
      content: doc(para("第1条 目的")),
    });
    for (const hidden of [ext.id, draft])
      expect((await t.as(member).get(url(`/published/${hidden}`))).statusCode).toBe(404);
    const v = await t.as(member).get(url(`/${id}/versions/${vid}`));
    expect(v.statusCode).toBe(403);
    // What other capabilities read of a document: the version in force, in its organization.
    const db = t.database.db;
    expect(await currentPublishedVersion(db, orgId, id)).toMatchObject({
      number: "M-01",
      title: "安全管理規程",
      versionNo: 1,
      status: "published",
    });
    expect(await currentPublishedVersion(db, orgId, draft)).toBeNull();
    expect(await currentPublishedVersion(db, otherOrg, id)).toBeNull();
  });

  it("deletes a document never approved, archives one in use, refuses writes by readers", async () => {
    const id = await create({ number: "X-01" });
    const vid = await firstVersion(id);
    expect((await t.as(viewer).delete(url(`/${id}`))).statusCode).toBe(403);
    expect((await t.as(viewer).patch(url(`/${id}`), { title: "x" })).statusCode).toBe(403);
    expect((await save(id, vid, doc(para("x")), 1, viewer)).statusCode).toBe(403);
    expect((await t.as(owner).delete(url(`/${id}`))).statusCode).toBe(204);
    expect((await t.as(owner).get(url(`/${id}`))).statusCode).toBe(404);
    expect(await events("pms_document_version", vid)).toEqual(["create", "delete"]);

    const kept = await create({ number: "X-02" });
    const arch = await t.as(owner).post(url(`/${kept}/archive`));
    expect(arch.json()).toMatchObject({ archived: true });
    expect((await t.as(owner).get(url("?q=X-02"))).json().total).toBe(0);
    expect((await t.as(owner).get(url("?q=X-02&archived=true"))).json().total).toBe(1);
    expect((await t.as(owner).post(url(`/${kept}/versions`))).json().error.code).toBe(
      "DOCUMENT_ARCHIVED",
    );
    await t.as(owner).post(url(`/${kept}/restore`));
    expect(await events("pms_document", kept)).toEqual(["create", "archive", "restore"]);
  });

  it("suggests the member appointed to the approver role, matched by e-mail", async () => {
    const p = await t.as(owner).post(`${base}/people`, {
      name: "山田 太郎",
      email: `OWNER-${kind}@example.jp`,
      employmentType: "regular",
    });
    const appt = await t.as(owner).post(`${base}/appointments`, {
      role: "top_management",
      personId: p.json().id,
      from: "2024-04-01",
    });
    expect(appt.statusCode, appt.body).toBe(201);
    const id = await create({ kind: "policy" });
    expect((await get(id)).suggestedApprover).toEqual({ userId: owner.id, name: "山田 太郎" });
    expect((await get(await create())).suggestedApprover).toBeNull();
  });

  it("keeps organizations apart: ids of another organization are 404", async () => {
    const { id, vid } = await approved({ number: "T-01" });
    const theirs = await t.as(outsider).post(`${otherBase}/documents`, {
      number: "T-01",
      title: "他社の規程",
      kind: "rule",
    });
    expect(theirs.statusCode).toBe(201);
    const theirId = theirs.json().id as string;
    const theirDoc = await t.as(outsider).get(`${otherBase}/documents/${theirId}`);
    const theirVid = theirDoc.json().versions[0].id as string;
    expect((await t.as(outsider).get(url(`/${id}`))).statusCode).toBe(404);
    const calls = [
      t.as(owner).get(url(`/${theirId}`)),
      t.as(owner).patch(url(`/${theirId}`), { title: "乗っ取り" }),
      t.as(owner).get(url(`/${theirId}/versions/${theirVid}`)),
      t.as(owner).put(url(`/${theirId}/versions/${theirVid}`), { content: doc(), revision: 1 }),
      t.as(owner).put(url(`/${id}/versions/${theirVid}`), { content: doc(), revision: 1 }),
      t.as(owner).get(url(`/${id}/compare?from=${vid}&to=${theirVid}`)),
      t.as(owner).delete(url(`/${theirId}`)),
    ];
    for (const res of await Promise.all(calls)) expect(res.statusCode, res.body).toBe(404);
    const after = await t.as(outsider).get(`${otherBase}/documents/${theirId}`);
    expect(after.json().title).toBe("他社の規程");
    const owners = await t.as(owner).post(url(`/${id}/versions/${vid}/publish`), {});
    expect(owners.statusCode).toBe(200);
  });
});

/** Lists nested `depth` levels deep. */
function nested(depth: number): unknown {
  let block: unknown = para("深い");
  for (let i = 0; i < depth; i++)
    block = { type: "bulletList", content: [{ type: "listItem", content: [block] }] };
  return doc(block);
}
