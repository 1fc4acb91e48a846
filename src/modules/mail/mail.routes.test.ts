// The outbox page and invitations through the outbox, over the real HTTP routes: what an
// owner sees with and without SMTP_URL, the invitation mail that arrives and the member who
// joins from its link, cancel and retry (audited), search and paging, roles and tenants.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { type SmtpSink, startSmtpSink } from "../../test/smtp-sink.ts";
import { createMailTransport, deliverDueMail } from "./index.ts";

type Mail = { id: string; toAddress: string; status: string; subject: string; attempts: number };

describe.each(dbKinds)("outbox without SMTP (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("代表 太郎");
    orgId = await t.createOrg(owner, "株式会社メール<検証>");
    base = `/api/v1/orgs/${orgId}/mail`;
  });
  afterAll(() => t.close());

  it("queues the invitation mail, shows the link to the inviter once, and what would be sent", async () => {
    const res = await t.as(owner).post(`/api/v1/orgs/${orgId}/invitations`, {
      email: "Invitee@Example.JP",
      role: "viewer",
    });
    expect(res.statusCode, res.body).toBe(201);
    const link: string = res.json().link;
    expect(link).toMatch(/\/invite\//);
    const list = await t.as(owner).get(base);
    expect(list.statusCode, list.body).toBe(200);
    const body = list.json();
    expect(body.smtpConfigured).toBe(false);
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      toAddress: "invitee@example.jp",
      template: "members.invitation",
      subject: "【mamori】株式会社メール<検証> への招待",
      status: "queued",
      attempts: 0,
      sentAt: null,
      lastError: null,
    });
    const detail = await t.as(owner).get(`${base}/${body.items[0].id}`);
    expect(detail.statusCode).toBe(200);
    const text: string = detail.json().text;
    expect(text).toContain(
      "代表 太郎 さんから、mamori の「株式会社メール<検証>」に閲覧のみとして招待されました。",
    );
    // The link's secret never shows on the page (only the inviter saw it, once).
    expect(text).toContain("［リンクは送信するメールにだけ記載されます］");
    expect(detail.body).not.toContain(link.split("/").pop());
    expect(list.body).not.toContain(link.split("/").pop());
  });

  it("cancels the queued mail with the invitation, and a replaced invitation's mail", async () => {
    const first = (
      await t
        .as(owner)
        .post(`/api/v1/orgs/${orgId}/invitations`, { email: "twice@example.jp", role: "viewer" })
    ).json();
    await t
      .as(owner)
      .post(`/api/v1/orgs/${orgId}/invitations`, { email: "twice@example.jp", role: "auditor" });
    const mails = (await t.as(owner).get(`${base}?q=twice`)).json().items as Mail[];
    expect(mails.map((m) => m.status).sort()).toEqual(["cancelled", "queued"]);
    const second = (await t.as(owner).get(`/api/v1/orgs/${orgId}/invitations`))
      .json()
      .items.find((i: { email: string }) => i.email === "twice@example.jp");
    expect(
      (await t.as(owner).delete(`/api/v1/orgs/${orgId}/invitations/${second.id}`)).statusCode,
    ).toBe(204);
    const after = (await t.as(owner).get(`${base}?q=twice`)).json().items as Mail[];
    expect(after.map((m) => m.status)).toEqual(["cancelled", "cancelled"]);
    // Their secrets are gone with them.
    const secrets = await t.database.query<{ n: number }>(
      `select count(*)::int n from mail_secret s join mail_outbox m on m.id = s.outbox_id where m.to_address = 'twice@example.jp'`,
    );
    expect(secrets[0]?.n).toBe(0);
    expect(first.id).not.toBe(second.id);
  });

  it("refuses an address with a line break (400, field named) and queues nothing", async () => {
    const before = (await t.as(owner).get(base)).json().total;
    for (const email of [
      "a@example.jp\r\nBcc: evil@example.jp",
      "a@example.jp\nBcc:x@example.jp",
      "<b>@example.jp",
    ]) {
      const res = await t
        .as(owner)
        .post(`/api/v1/orgs/${orgId}/invitations`, { email, role: "viewer" });
      expect(res.statusCode, email).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(["email"]);
    }
    expect((await t.as(owner).get(base)).json().total).toBe(before);
  });

  it("retries a failed mail and cancels a queued one, each audited; refuses the others (409)", async () => {
    await t
      .as(owner)
      .post(`/api/v1/orgs/${orgId}/invitations`, { email: "retry@example.jp", role: "viewer" });
    await t
      .as(owner)
      .post(`/api/v1/orgs/${orgId}/invitations`, { email: "cancel@example.jp", role: "viewer" });
    const items = (await t.as(owner).get(`${base}?status=queued`)).json().items as Mail[];
    const retry = items.find((m) => m.toAddress === "retry@example.jp");
    const cancel = items.find((m) => m.toAddress === "cancel@example.jp");
    if (!retry || !cancel) throw new Error("mails missing");
    // Retry only what failed.
    const early = await t.as(owner).post(`${base}/${retry.id}/retry`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toEqual({
      code: "MAIL_NOT_RETRYABLE",
      message: "送信に失敗したメールだけを再送できます。",
    });
    await t.database.query(
      "update mail_outbox set status = 'failed', attempts = 8, last_error = '550 no such user' where id = $1",
      [retry.id],
    );
    expect((await t.as(owner).post(`${base}/${retry.id}/retry`)).statusCode).toBe(204);
    const retried = (await t.as(owner).get(`${base}/${retry.id}`)).json();
    expect(retried).toMatchObject({ status: "queued", attempts: 0 });
    expect((await t.as(owner).post(`${base}/${cancel.id}/cancel`)).statusCode).toBe(204);
    expect((await t.as(owner).get(`${base}/${cancel.id}`)).json().status).toBe("cancelled");
    const again = await t.as(owner, "en").post(`${base}/${cancel.id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      "Only a mail still waiting to be sent can be cancelled.",
    );
    const events = (
      await t.as(owner).get(`/api/v1/orgs/${orgId}/audit-events?entity=mail_outbox`)
    ).json().items;
    expect(
      events.map((e: { action: string; entityId: string; changes: unknown }) => [
        e.action,
        e.entityId,
        e.changes,
      ]),
    ).toEqual([
      ["cancel", cancel.id, { status: { old: "queued", new: "cancelled" } }],
      ["retry", retry.id, { status: { old: "failed", new: "queued" } }],
    ]);
    // A failed mail whose link is gone (expired, or lost in a restore) cannot be retried.
    await t.database.query("update mail_outbox set status = 'failed' where id = $1", [retry.id]);
    await t.database.query("delete from mail_secret where outbox_id = $1", [retry.id]);
    const gone = await t.as(owner).post(`${base}/${retry.id}/retry`);
    expect(gone.statusCode).toBe(409);
    expect(gone.json().error.code).toBe("MAIL_LINK_GONE");
  });

  it("searches by recipient or subject, filters by status, pages, and refuses bad queries", async () => {
    for (let i = 0; i < 5; i++)
      await t.as(owner).post(`/api/v1/orgs/${orgId}/invitations`, {
        email: `page${i}@example.jp`,
        role: "viewer",
      });
    const page1 = (await t.as(owner).get(`${base}?q=page&limit=2`)).json();
    const page3 = (await t.as(owner).get(`${base}?q=page&limit=2&page=3`)).json();
    expect(page1.total).toBe(5);
    expect(page1.items).toHaveLength(2);
    expect(page3.items).toHaveLength(1);
    // Newest first.
    expect(page1.items[0].toAddress).toBe("page4@example.jp");
    expect(
      (await t.as(owner).get(`${base}?q=${encodeURIComponent("への招待")}`)).json().total,
    ).toBeGreaterThan(5);
    expect((await t.as(owner).get(`${base}?q=${encodeURIComponent("%")}`)).json().total).toBe(0);
    for (const q of ["status=bogus", "limit=1000", "page=0", `q=${"x".repeat(300)}`]) {
      const res = await t.as(owner).get(`${base}?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
    expect((await t.as(owner).get(`${base}/${"x".repeat(201)}`)).statusCode).toBe(414);
    expect((await t.as(owner).get(`${base}/no-such-mail`)).statusCode).toBe(404);
  });

  it("shows the outbox to owners and admins only, and never another organization's mail", async () => {
    const roles = ["admin", "manager", "auditor", "member", "consultant", "viewer"] as const;
    const someone: Record<string, TestUser> = {};
    for (const role of roles) {
      someone[role] = await t.signUp(`役割 ${role}`);
      await t.addMember(owner, orgId, someone[role] as TestUser, role);
    }
    const [mail] = (await t.as(owner).get(base)).json().items as Mail[];
    if (!mail) throw new Error("no mail");
    for (const role of roles) {
      const user = someone[role] as TestUser;
      const allowed = role === "admin";
      expect((await t.as(user).get(base)).statusCode, role).toBe(allowed ? 200 : 403);
      expect((await t.as(user).get(`${base}/${mail.id}`)).statusCode, role).toBe(
        allowed ? 200 : 403,
      );
      if (!allowed) {
        expect((await t.as(user).post(`${base}/${mail.id}/cancel`)).statusCode, role).toBe(403);
        expect((await t.as(user).post(`${base}/${mail.id}/retry`)).statusCode, role).toBe(403);
      }
    }
    expect((await t.as(null).get(base)).statusCode).toBe(401);
    // Another organization: its owner gets 404 here, and our ids are nobody's in theirs.
    const other = await t.signUp("他社 代表");
    const otherOrg = await t.createOrg(other, "他社株式会社");
    expect((await t.as(other).get(base)).statusCode).toBe(404);
    const theirs = `/api/v1/orgs/${otherOrg}/mail`;
    expect((await t.as(other).get(theirs)).json()).toMatchObject({ items: [], total: 0 });
    for (const call of [
      t.as(other).get(`${theirs}/${mail.id}`),
      t.as(other).post(`${theirs}/${mail.id}/cancel`),
      t.as(other).post(`${theirs}/${mail.id}/retry`),
    ])
      expect((await call).statusCode).toBe(404);
    // Account mails (no organization) appear on no organization's page.
    await t.app.inject({
      method: "POST",
      url: "/api/auth/request-password-reset",
      headers: { origin: "http://localhost:3000" },
      payload: { email: owner.email },
    });
    const resets = await t.database.query<{ n: number; orgs: number }>(
      `select count(*)::int n, count(org_id)::int orgs from mail_outbox
        where template = 'account.password-reset'`,
    );
    expect(resets[0]).toEqual({ n: 1, orgs: 0 });
    const all = (await t.as(owner).get(`${base}?limit=200`)).json().items as (Mail & {
      template: string;
    })[];
    expect(all.some((m) => m.template === "account.password-reset")).toBe(false);
  });
});

describe.each(dbKinds)("invitations by mail (%s)", (kind) => {
  let t: TestApp;
  let sink: SmtpSink;
  let owner: TestUser;
  let orgId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(kind, { SMTP_URL: sink.url, MAIL_FROM: "mamori <no-reply@example.jp>" });
    owner = await t.signUp("招待 する人");
    orgId = await t.createOrg(owner, "株式会社めーる");
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it("sends the link by mail only; the invitee opens it and joins", async () => {
    const invitee = await t.signUp("受信 花子", "hanako.mail@example.jp");
    const res = await t.as(owner).post(`/api/v1/orgs/${orgId}/invitations`, {
      email: invitee.email,
      role: "auditor",
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().link).toBeNull();
    const page = (await t.as(owner).get(`/api/v1/orgs/${orgId}/mail`)).json();
    expect(page.smtpConfigured).toBe(true);
    const config = loadConfig({ SMTP_URL: sink.url, MAIL_FROM: "mamori <no-reply@example.jp>" });
    const transport = createMailTransport(sink.url);
    const r = await deliverDueMail(t.database, { transport, settings: config.mail });
    transport.close();
    expect(r.sent).toBe(1);
    const [mail] = await sink.waitFor(1);
    if (!mail) throw new Error("no mail");
    expect(mail.rcptTo).toEqual(["hanako.mail@example.jp"]);
    expect(mail.parsed.subject).toBe("【mamori】株式会社めーる への招待");
    const url = /http:\/\/localhost:3000\/invite\/([^/\s]+)\/([A-Za-z0-9_-]{43})/.exec(
      mail.parsed.text ?? "",
    );
    if (!url) throw new Error(`no link in ${mail.parsed.text}`);
    expect(mail.parsed.html).toContain(`href="${url[0]}"`);
    const [, id, token] = url;
    const preview = await t.as(invitee).get(`/api/v1/invitations/${id}/${token}`);
    expect(preview.json()).toMatchObject({ orgName: "株式会社めーる", role: "auditor" });
    const joined = await t.as(invitee).post(`/api/v1/invitations/${id}/accept`, { token });
    expect(joined.statusCode, joined.body).toBe(200);
    expect((await t.as(invitee).get(`/api/v1/orgs/${orgId}/profile`)).statusCode).toBe(200);
    // Sent: the link's secret is no longer kept anywhere.
    const left = await t.database.query<{ n: number }>("select count(*)::int n from mail_secret");
    expect(left[0]?.n).toBe(0);
    const row = (await t.as(owner).get(`/api/v1/orgs/${orgId}/mail?q=hanako.mail`)).json().items[0];
    expect(row).toMatchObject({ status: "sent", attempts: 1, template: "members.invitation" });
    expect(row.sentAt).toBeTruthy();
  });
});
