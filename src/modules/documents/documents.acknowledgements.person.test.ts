// 周知・誓約, the person's side behind their personal link, on both databases: the list of
// requests, reading a version with its frozen fields, confirming (twice: the first date
// stands), signing a pledge (typed name matched loosely, the day checked), and the link's
// security: a guessed or malformed token, a revoked or expired link, another person's request
// and a request of the other kind are all the one 404; a version replaced by a newer one is
// 409. Then the mail as an SMTP server receives it, with the link that opens the request.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { loadConfig } from "../../server/config.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { type SmtpSink, startSmtpSink } from "../../test/smtp-sink.ts";
import { createMailTransport, deliverDueMail } from "../mail/index.ts";
import type { PersonalAckDetail, PersonalAckOut } from "./documents.acknowledgements.contract.ts";
import { publishedDocument, publishNewVersion } from "./documents.acknowledgements.test-support.ts";

const DAY = 86_400_000;
const dayOffset = (days: number) => todayInJapan(new Date(Date.now() + days * DAY));
const NOT_FOUND = { error: { code: "NOT_FOUND", message: "対象が見つかりません。" } };

/** The personal link's token mailed to `to` for `kind` (the newest). */
async function tokenFor(t: TestApp, to: string, kind: "read" | "pledge"): Promise<string> {
  const rows = await t.database.query<{ secret: string }>(
    `select s.secret from mail_outbox m join mail_secret s on s.outbox_id = m.id
      where m.to_address = $1 and m.payload->>'kind' = $2 order by m.created_at desc limit 1`,
    [to, kind],
  );
  const token = rows[0]?.secret.split("/p/")[1];
  if (!token) throw new Error(`no ${kind} link mailed to ${to}`);
  return token;
}

describe.each(dbKinds)("documents: the person's side (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let base: string;
  let doc: { documentId: string; versionId: string };
  const people: Record<string, string> = {};
  const p = (token: string, rest = "") => `/api/v1/p/${token}/documents${rest}`;

  async function mine(token: string): Promise<PersonalAckOut[]> {
    const res = await t.as(null).get(p(token));
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("代表 太郎");
    orgId = await t.createOrg(owner, "株式会社ほんにん");
    base = `/api/v1/orgs/${orgId}`;
    await t
      .as(owner)
      .put(`${base}/profile`, { name: "株式会社ほんにん", headOffice: "東京都千代田区1-1" });
    for (const [name, email] of [
      ["青木 一郎", "aoki@example.jp"],
      ["井上 二郎", "inoue@example.jp"],
      ["上田 三子", null],
    ] as const) {
      const res = await t
        .as(owner)
        .post(`${base}/people`, { name, email, employmentType: "regular" });
      expect(res.statusCode, res.body).toBe(201);
      people[name] = res.json().id;
    }
    doc = await publishedDocument(t, owner, orgId, { number: "P-01", title: "個人情報保護方針" });
    const acks = `${base}/documents/${doc.documentId}/versions/${doc.versionId}/acknowledgements`;
    for (const k of ["read", "pledge"]) {
      const res = await t
        .as(owner)
        .post(acks, { kind: k, audience: { all: true }, dueOn: dayOffset(7) });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => t.close());

  it("lists the request waiting for the person, and shows the version with its frozen fields", async () => {
    const token = await tokenFor(t, "aoki@example.jp", "read");
    const items = await mine(token);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: "read",
      number: "P-01",
      title: "個人情報保護方針",
      versionNo: 1,
      effectiveOn: todayInJapan(),
      dueOn: dayOffset(7),
      state: "pending",
      acknowledgedAt: null,
    });
    const one = await t.as(null).get(p(token, `/${items[0]?.id}`));
    expect(one.statusCode, one.body).toBe(200);
    const detail = one.json() as PersonalAckDetail;
    expect(detail.fieldValues["org.name"]).toBe("株式会社ほんにん");
    expect(detail.fieldValues["org.headOffice"]).toBe("東京都千代田区1-1");
    expect(detail.content.content[0]).toEqual({
      type: "heading",
      attrs: { level: 1, refs: null },
      content: [{ type: "text", text: "個人情報保護方針" }],
    });
  });

  it("confirms once: a second confirmation answers the first date unchanged", async () => {
    const token = await tokenFor(t, "aoki@example.jp", "read");
    const [item] = await mine(token);
    const first = await t.as(null).post(p(token, `/${item?.id}/confirm`));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ state: "done", kind: "read" });
    const at = first.json().acknowledgedAt as string;
    expect(at).toBeTruthy();
    const second = await t.as(null).post(p(token, `/${item?.id}/confirm`));
    expect(second.statusCode).toBe(200);
    expect(second.json().acknowledgedAt).toBe(at);
    expect((await mine(token))[0]).toMatchObject({ state: "done", acknowledgedAt: at });
    // Stored with the exact version and the link used; one event, the person as the actor.
    const rows = await t.database.query<{ version_id: string; via: string; link: string | null }>(
      `select version_id, via, personal_link_id as link from pms_document_acknowledgement
        where person_id = $1 and kind = 'read'`,
      [people["青木 一郎"]],
    );
    expect(rows).toEqual([{ version_id: doc.versionId, via: "link", link: expect.any(String) }]);
    const ev = await t
      .as(owner)
      .get(`${base}/audit-events?entity=pms_document_acknowledgement&entityId=${item?.id}`);
    expect(ev.json().items).toHaveLength(1);
    expect(ev.json().items[0]).toMatchObject({
      action: "confirm",
      actorName: "青木 一郎（本人用リンク）",
    });
    const page = await t
      .as(owner)
      .get(`${base}/documents/${doc.documentId}/versions/${doc.versionId}/acknowledgements`);
    expect(page.json().counts).toMatchObject({ asked: 3, confirmed: 1, pending: 2 });
  });

  it("is 404 for another person's request, the other kind, a guessed or malformed token", async () => {
    const aoki = await tokenFor(t, "aoki@example.jp", "read");
    const inoue = await tokenFor(t, "inoue@example.jp", "read");
    const inouePledge = await tokenFor(t, "inoue@example.jp", "pledge");
    const [inouesRequest] = await mine(inoue);
    const [inouesPledge] = await mine(inouePledge);
    expect(inouesPledge?.kind).toBe("pledge");
    const refused = [
      // A valid link, another person's request.
      await t.as(null).get(p(aoki, `/${inouesRequest?.id}`)),
      await t.as(null).post(p(aoki, `/${inouesRequest?.id}/confirm`)),
      // The person's own link of the other purpose.
      await t.as(null).post(p(inoue, `/${inouesPledge?.id}/confirm`)),
      await t.as(null).get(p(inoue, `/${inouesPledge?.id}`)),
      await t.as(null).post(p(inouePledge, `/${inouesRequest?.id}/confirm`)),
      // Guessed (right shape, wrong signature) and malformed tokens.
      await t.as(null).get(p(randomBytes(49).toString("base64url").slice(0, 65))),
      await t.as(null).post(p("not-a-token", `/${inouesRequest?.id}/confirm`)),
    ];
    for (const res of refused) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json()).toEqual(NOT_FOUND);
    }
    // Nothing was confirmed by any of them.
    expect((await mine(inoue))[0]?.state).toBe("pending");
  });

  it("signs a pledge with the person's name (spaces aside) and a day from the request to today", async () => {
    const token = await tokenFor(t, "inoue@example.jp", "pledge");
    const [item] = await mine(token);
    const sign = (body: unknown) => t.as(null).post(p(token, `/${item?.id}/sign`), body);
    const wrong = await sign({ typedName: "井上 三郎", signedOn: todayInJapan() });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({
      typedName: "お名前が登録されている氏名と一致しません（空白の有無は問いません）。",
    });
    const future = await sign({ typedName: "井上二郎", signedOn: dayOffset(1) });
    expect(future.json().error.fields).toEqual({
      signedOn: "署名日に未来の日付は指定できません。",
    });
    const early = await sign({ typedName: "井上二郎", signedOn: dayOffset(-1) });
    expect(early.json().error.fields).toEqual({
      signedOn: "署名日は依頼を受けた日以降の日付にしてください。",
    });
    const empty = await sign({ typedName: " ", signedOn: todayInJapan() });
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json().error.fields)).toEqual(["typedName"]);
    const ok = await sign({ typedName: "井上　二郎", signedOn: todayInJapan() });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      state: "done",
      kind: "pledge",
      typedName: "井上　二郎",
      signedOn: todayInJapan(),
    });
    const again = await sign({ typedName: "別人", signedOn: todayInJapan() });
    expect(again.statusCode).toBe(200);
    expect(again.json().typedName).toBe("井上　二郎");
    const ev = await t
      .as(owner)
      .get(`${base}/audit-events?entity=pms_document_acknowledgement&entityId=${item?.id}`);
    expect(ev.json().items[0]).toMatchObject({ action: "sign" });
    expect(ev.json().items[0].changes.typedName.new).toBe("井上　二郎");
  });

  it("is 404 once the link is revoked or has expired", async () => {
    const token = await tokenFor(t, "inoue@example.jp", "read");
    expect((await mine(token)).length).toBe(1);
    const links = await t.as(owner).get(`${base}/personal-links?personId=${people["井上 二郎"]}`);
    const live = (links.json().items as { id: string; purpose: string; status: string }[]).find(
      (l) => l.purpose === "policy" && l.status === "active",
    );
    const revoked = await t.as(owner).post(`${base}/personal-links/${live?.id}/revoke`);
    expect(revoked.statusCode).toBe(204);
    const gone = await t.as(null).get(p(token));
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual(NOT_FOUND);
    const pledge = await tokenFor(t, "inoue@example.jp", "pledge");
    expect((await t.as(null).get(p(pledge))).statusCode).toBe(200);
    await t.database.query(
      `update personal_link set expires_at = now() - interval '1 second'
        where person_id = $1 and purpose = 'pledge'`,
      [people["井上 二郎"]],
    );
    expect((await t.as(null).get(p(pledge))).json()).toEqual(NOT_FOUND);
  });

  it("refuses to confirm a version replaced by a newer one (409), and lists it as such", async () => {
    const token = await tokenFor(t, "aoki@example.jp", "pledge");
    const [item] = await mine(token);
    await publishNewVersion(t, owner, orgId, doc.documentId);
    const res = await t
      .as(null)
      .post(p(token, `/${item?.id}/sign`), { typedName: "青木一郎", signedOn: todayInJapan() });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("DOCUMENT_ACK_SUPERSEDED");
    expect(res.json().error.message).toContain("新しい版が公開されています");
    expect((await mine(token))[0]).toMatchObject({ state: "superseded", acknowledgedAt: null });
    // What was confirmed before stays confirmed, with its version.
    const read = await tokenFor(t, "aoki@example.jp", "read");
    expect((await mine(read))[0]).toMatchObject({ state: "done", versionNo: 1 });
  });

  it("answers 404 to a link of another purpose (a request's)", async () => {
    const issued = await t.as(owner).post(`${base}/personal-links`, {
      purpose: "request",
      scope: "people",
      personIds: [people["上田 三子"]],
    });
    const token = (issued.json().items[0].url as string).split("/p/")[1] ?? "";
    expect((await t.as(null).get(`/api/v1/p/${token}`)).statusCode).toBe(200);
    expect((await t.as(null).get(p(token))).json()).toEqual(NOT_FOUND);
  });
});

describe.each(dbKinds)("documents: the request by mail (%s)", (kind) => {
  let t: TestApp;
  let sink: SmtpSink;
  let owner: TestUser;
  const smtpEnv = () => ({ SMTP_URL: sink.url, MAIL_FROM: "mamori <no-reply@example.jp>" });

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(kind, smtpEnv());
    owner = await t.signUp("代表 太郎");
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it("mails the link to people with e-mail only; the link opens the request", async () => {
    const orgId = await t.createOrg(owner, "株式会社めーる周知");
    const base = `/api/v1/orgs/${orgId}`;
    for (const [name, email] of [
      ["受信 花子", "hanako@example.jp"],
      ["紙 次郎", null],
    ] as const)
      await t.as(owner).post(`${base}/people`, { name, email, employmentType: "regular" });
    const doc = await publishedDocument(t, owner, orgId, {
      number: "P-01",
      title: "個人情報保護方針",
    });
    const sent = await t
      .as(owner)
      .post(`${base}/documents/${doc.documentId}/versions/${doc.versionId}/acknowledgements`, {
        kind: "read",
        audience: { all: true },
        dueOn: "2099-04-30",
      });
    expect(sent.json()).toMatchObject({ asked: 2, mailed: 1 });
    const transport = createMailTransport(sink.url);
    const r = await deliverDueMail(t.database, { transport, settings: loadConfig(smtpEnv()).mail });
    transport.close();
    expect(r.sent).toBe(1);
    const [mail] = await sink.waitFor(1);
    if (!mail) throw new Error("no mail");
    expect(sink.count()).toBe(1);
    expect(mail.rcptTo).toEqual(["hanako@example.jp"]);
    expect(mail.parsed.subject).toBe(
      "【mamori】株式会社めーる周知：「個人情報保護方針」の確認のお願い",
    );
    const text = mail.parsed.text ?? "";
    expect(text).toContain("受信 花子 様");
    expect(text).toContain("文書：P-01 個人情報保護方針（第1版）");
    expect(text).toContain("期限：2099年4月30日");
    const url = /http:\/\/localhost:3000\/p\/([A-Za-z0-9_-]{65})/.exec(text);
    if (!url) throw new Error(`no link in ${text}`);
    expect(mail.parsed.html).toContain(`href="${url[0]}"`);
    const list = await t.as(null).get(`/api/v1/p/${url[1]}/documents`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toMatchObject([{ title: "個人情報保護方針", state: "pending" }]);
    // Sent: the link is no longer kept anywhere.
    const left = await t.database.query<{ n: number }>("select count(*)::int n from mail_secret");
    expect(left[0]?.n).toBe(0);
  });
});
