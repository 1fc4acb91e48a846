// The approver's side of 実施記録 through the real HTTP routes on both databases: a president
// with the ordinary member role named as approver, their 承認待ち list (their own records only,
// and no other record), the notice that a record waits for them, withdrawing an approval
// (their own, or one on paper by a role that records activities), and risk rows as evidence.
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

type Notice = { kind: string; title: string; body: string; link: string };

describe.each(dbKinds)("activity approvers (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let admin: TestUser;
  let president: TestUser;
  let staff: TestUser;
  let auditor: TestUser;
  let viewer: TestUser;
  let consultant: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  const today = todayInJapan();

  const url = (path = "") => `${base}/activities${path}`;
  async function create(body: Record<string, unknown>, as = owner, b = base) {
    const res = await t.as(as).post(`${b}/activities`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  const review = (approverUserId: string, performedOn = today) => ({
    kind: "management_review",
    performedOn,
    performedByName: "社長 一郎",
    approverUserId,
  });
  async function awaiting(as: TestUser, b = base) {
    const res = await t.as(as).get(`${b}/activities/awaiting-my-approval`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: ActivityOut[]; total: number };
  }
  async function notices(as: TestUser, b = base) {
    const res = await t.as(as).get(`${b}/notifications`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as Notice[]).filter((n) => n.kind === "activity.approval_requested");
  }
  async function events(id: string) {
    const res = await t.as(owner).get(`${base}/audit-events?entity=activity_record&entityId=${id}`);
    return (res.json().items as { action: string }[]).map((e) => e.action);
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("山田 太郎");
    admin = await t.signUp("事務局 花子");
    president = await t.signUp("社長 一郎");
    staff = await t.signUp("社員 二郎");
    auditor = await t.signUp("監査 三郎");
    viewer = await t.signUp("閲覧 四郎");
    consultant = await t.signUp("支援 五郎");
    outsider = await t.signUp("他社 六郎");
    orgId = await t.createOrg(owner, "株式会社しょうにん");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    await t.addMember(owner, orgId, admin, "admin");
    await t.addMember(owner, orgId, president, "member");
    await t.addMember(owner, orgId, staff, "member");
    await t.addMember(owner, orgId, auditor, "auditor");
    await t.addMember(owner, orgId, viewer, "viewer");
    await t.addMember(owner, orgId, consultant, "consultant");
    base = `/api/v1/orgs/${orgId}`;
  });
  afterAll(() => t.close());

  it("names a member-role president as approver, never an auditor, viewer or consultant", async () => {
    const id = await create(review(president.id));
    const out = (await t.as(owner).get(url(`/${id}`))).json() as ActivityOut;
    expect(out).toMatchObject({
      approval: "pending",
      approverUserId: president.id,
      approverName: "社長 一郎",
    });
    const notMember =
      "承認者は、この事業者のメンバーで承認の権限を持つ方（オーナー・管理者・部門責任者・従業者）から選んでください。";
    for (const who of [auditor, viewer, consultant]) {
      const res = await t.as(owner).post(url(), review(who.id));
      expect(res.statusCode, who.name).toBe(400);
      expect(res.json().error.fields.approverUserId, who.name).toBe(notMember);
    }
    const en = await t.as(owner, "en").post(url(), review(viewer.id));
    expect(en.json().error.fields.approverUserId).toBe(
      "Choose an approver among the organization's members who may approve (owner, admin, department manager or staff member).",
    );
  });

  it("lists only the caller's own waiting records, oldest first; approving removes one", async () => {
    const org = await t.createOrg(owner, "株式会社まちリスト");
    const b = `/api/v1/orgs/${org}`;
    await t.addMember(owner, org, president, "member");
    await t.addMember(owner, org, staff, "member");
    const newer = await create(review(president.id), owner, b);
    const older = await create(review(president.id, addDays(today, -30)), owner, b);
    const owners = await create(review(owner.id), owner, b);
    const approved = await create(review(president.id, addDays(today, -60)), owner, b);
    expect((await t.as(president).post(`${b}/activities/${approved}/approve`)).statusCode).toBe(
      200,
    );

    const mine = await awaiting(president, b);
    expect(mine.items.map((r) => r.id)).toEqual([older, newer]);
    expect(mine.total).toBe(2);
    // The record as the list shows it: kind, day, doer, approver.
    expect(mine.items[0]).toMatchObject({
      kind: "management_review",
      kindLabel: { ja: "マネジメントレビュー" },
      performedOn: addDays(today, -30),
      performedByName: "社長 一郎",
      approval: "pending",
    });
    expect((await awaiting(owner, b)).items.map((r) => r.id)).toEqual([owners]);
    expect(await awaiting(staff, b)).toMatchObject({ items: [], total: 0 });
    const paged = await t.as(president).get(`${b}/activities/awaiting-my-approval?limit=1&page=2`);
    expect(paged.json().items.map((r: ActivityOut) => r.id)).toEqual([newer]);

    // A member sees these and no other record: neither the list nor one record.
    expect((await t.as(president).get(`${b}/activities`)).statusCode).toBe(403);
    expect((await t.as(president).get(`${b}/activities/${newer}`)).statusCode).toBe(403);

    const ok = await t.as(president).post(`${b}/activities/${older}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ approval: "approved", approvalVia: "in_product" });
    expect((await awaiting(president, b)).items.map((r) => r.id)).toEqual([newer]);
    // Only their own: the owner's record stays the owner's to approve.
    const other = await t.as(president).post(`${b}/activities/${owners}/approve`);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe("ACTIVITY_NOT_APPROVER");
  });

  it("is 403 for roles that may not approve and 404 for another organization", async () => {
    for (const who of [auditor, viewer, consultant]) {
      const res = await t.as(who).get(url("/awaiting-my-approval"));
      expect(res.statusCode, who.name).toBe(403);
      expect(res.json().error.code).toBe("FORBIDDEN");
    }
    const foreign = await t.as(outsider).get(url("/awaiting-my-approval"));
    expect(foreign.statusCode).toBe(404);
    const theirs = await create(
      {
        kind: "management_review",
        performedOn: today,
        performedByName: "他社 社長",
        approverUserId: outsider.id,
      },
      outsider,
      `/api/v1/orgs/${otherOrg}`,
    );
    expect((await t.as(owner).post(url(`/${theirs}/approve`))).statusCode).toBe(404);
    expect((await t.as(owner).post(url(`/${theirs}/withdraw-approval`))).statusCode).toBe(404);
    expect((await awaiting(owner)).items.map((r) => r.id)).not.toContain(theirs);
  });

  it("tells the approver when named, on a new approver and when asked again; not oneself", async () => {
    const org = await t.createOrg(owner, "株式会社おしらせ");
    const b = `/api/v1/orgs/${org}`;
    await t.addMember(owner, org, president, "member");
    await t.addMember(owner, org, admin, "admin");
    const day = addDays(today, -3);
    const id = await create(review(president.id, day), admin, b);
    const first = await notices(president, b);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      title: "実施記録の承認のお願い",
      body: `事務局 花子 さんが、${formatSeireki(day)}の「マネジメントレビュー」の記録の承認者にあなたを指名しています。内容を確かめて承認してください。`,
      link: `/orgs/${org}/approvals`,
    });
    const en = await t.as(president, "en").get(`${b}/notifications`);
    expect(en.json().items[0]).toMatchObject({
      title: "An activity record awaits your approval",
      body: `事務局 花子 names you as approver of the record "Management review" of ${day}. Check it and approve it.`,
    });
    // A note changes nothing the approver is asked for.
    await t.as(admin).patch(`${b}/activities/${id}`, { notes: "議事録あり" });
    expect(await notices(president, b)).toHaveLength(1);
    // The owner names themself: no notice to oneself; the admin hands it back: one to them.
    await t.as(owner).patch(`${b}/activities/${id}`, { approverUserId: owner.id });
    expect(await notices(owner, b)).toHaveLength(0);
    await t.as(admin).patch(`${b}/activities/${id}`, { approverUserId: president.id });
    expect(await notices(president, b)).toHaveLength(2);
    // Approved, then the day moved: the approval is gone and they are asked again.
    expect((await t.as(president).post(`${b}/activities/${id}/approve`)).statusCode).toBe(200);
    await t.as(admin).patch(`${b}/activities/${id}`, { performedOn: addDays(day, -1) });
    expect(await notices(president, b)).toHaveLength(3);
    // A record without an approver tells nobody.
    await create({ kind: "education", performedOn: today, performedByName: "講師" }, admin, b);
    expect(await notices(president, b)).toHaveLength(3);
  });

  it("lets the approver withdraw their own approval; 409 when there is none", async () => {
    const id = await create(review(president.id));
    expect((await t.as(president).post(url(`/${id}/approve`))).statusCode).toBe(200);
    // Nobody else withdraws an approval given in the product.
    const byAdmin = await t.as(admin).post(url(`/${id}/withdraw-approval`));
    expect(byAdmin.statusCode).toBe(403);
    expect(byAdmin.json().error).toMatchObject({
      code: "ACTIVITY_WITHDRAW_NOT_ALLOWED",
      message:
        "承認を取り消せるのは承認者本人だけです（署名済みの文書による承認は、記録を登録できる方も取り消せます）。",
    });
    expect((await t.as(staff).post(url(`/${id}/withdraw-approval`))).statusCode).toBe(403);
    for (const who of [consultant, viewer, auditor]) {
      const res = await t.as(who).post(url(`/${id}/withdraw-approval`));
      expect(res.statusCode, who.name).toBe(403);
      expect(res.json().error.code, who.name).toBe("FORBIDDEN");
    }
    const res = await t.as(president).post(url(`/${id}/withdraw-approval`));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      approval: "pending",
      approvedAt: null,
      approvalVia: null,
      approvalAttachmentId: null,
    });
    expect((await awaiting(president)).items.map((r) => r.id)).toContain(id);
    const again = await t.as(president).post(url(`/${id}/withdraw-approval`));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: "ACTIVITY_NOT_APPROVED",
      message: "この記録はまだ承認されていないため、取り消す承認がありません。",
    });
    expect(await events(id)).toEqual(["withdraw_approval", "approve", "create"]);
    const trail = await t
      .as(owner)
      .get(`${base}/audit-events?entity=activity_record&entityId=${id}&action=withdraw_approval`);
    expect(trail.json().items[0].changes.approvalVia).toEqual({ old: "in_product", new: null });
  });

  it("lets a role that records activities withdraw an approval on paper; readiness drops it", async () => {
    const org = await t.createOrg(owner, "株式会社とりけし");
    const b = `/api/v1/orgs/${org}`;
    await t.addMember(owner, org, president, "member");
    await t.addMember(owner, org, admin, "admin");
    await t.addMember(owner, org, consultant, "consultant");
    const id = await create(
      {
        kind: "resources_decided",
        performedOn: today,
        performedByName: "社長 一郎",
        approverUserId: president.id,
      },
      admin,
      b,
    );
    const boundary = "----approver-test";
    const upload = await t.app.inject({
      method: "POST",
      url: `${b}/attachments/owners/activity_record/${id}`,
      headers: {
        cookie: admin.cookie,
        ...sameOrigin,
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      payload:
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="signed.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const signed = await t
      .as(admin)
      .post(`${b}/activities/${id}/signed-approval`, { attachmentId: upload.json().id });
    expect(signed.statusCode, signed.body).toBe(200);
    const resources = async () =>
      (
        (await t.as(owner).get(`${b}/readiness`)).json().results as {
          ruleId: string;
          status: string;
        }[]
      ).find((r) => r.ruleId === "manual.resources")?.status;
    expect(await resources()).toBe("ok");
    const before = (await notices(president, b)).length;

    // A consultant records activities but approves nothing, so withdraws nothing either.
    const byConsultant = await t.as(consultant).post(`${b}/activities/${id}/withdraw-approval`);
    expect(byConsultant.statusCode).toBe(403);
    expect(byConsultant.json().error.code).toBe("FORBIDDEN");
    const res = await t.as(admin).post(`${b}/activities/${id}/withdraw-approval`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ approval: "pending", approvalVia: null });
    expect(await resources()).toBe("gap");
    // The approver is told the record waits for them again.
    expect(await notices(president, b)).toHaveLength(before + 1);
  });

  it("takes risk rows as evidence, named with their register item; another's is refused", async () => {
    const item = await t.as(owner).post(`${base}/inventory-items`, { name: "顧客名簿" });
    expect(item.statusCode, item.body).toBe(201);
    const itemId = item.json().id as string;
    const risk = await t.as(owner).post(`${base}/risks`, {
      itemId,
      phase: "transfer",
      kind: "leak",
      description: "メールの誤送信",
      likelihood: 2,
      impact: 2,
    });
    expect(risk.statusCode, risk.body).toBe(201);
    const riskId = risk.json().id as string;
    const id = await create({
      kind: "risk_review",
      performedOn: today,
      performedByName: "事務局 花子",
      evidence: [
        { capability: "inventory_risk", id: riskId },
        { capability: "inventory_item", id: itemId },
      ],
    });
    const out = (await t.as(owner).get(url(`/${id}`))).json() as ActivityOut;
    expect(out.evidence).toEqual([
      { capability: "inventory_risk", id: riskId, name: "顧客名簿: メールの誤送信", itemId },
      { capability: "inventory_item", id: itemId, name: "顧客名簿", itemId: null },
    ]);

    const otherItem = await t
      .as(outsider)
      .post(`/api/v1/orgs/${otherOrg}/inventory-items`, { name: "他社名簿" });
    const foreignRisk = await t.as(outsider).post(`/api/v1/orgs/${otherOrg}/risks`, {
      itemId: otherItem.json().id,
      phase: "transfer",
      kind: "leak",
      description: "他社のリスク",
      likelihood: 1,
      impact: 1,
    });
    expect(foreignRisk.statusCode, foreignRisk.body).toBe(201);
    const refused = await t.as(owner).patch(url(`/${id}`), {
      evidence: [{ capability: "inventory_risk", id: foreignRisk.json().id }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields["evidence.0.id"]).toBe(
      "根拠として選んだ記録が見つかりません。",
    );
  });
});
