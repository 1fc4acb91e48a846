// Password reset through the outbox, end to end on a loopback SMTP server: the request answers
// the same whether or not the address has an account, the mail arrives with its link, the new
// password must pass the password rule, the link works once, other sessions end, the CSRF
// check holds, and the requests are rate-limited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.ts";
import {
  dbKinds,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";
import { type SmtpSink, startSmtpSink } from "../../test/smtp-sink.ts";
import { createMailTransport, deliverDueMail } from "./index.ts";

describe.each(dbKinds)("password reset by mail (%s)", (kind) => {
  let t: TestApp;
  let sink: SmtpSink;
  let user: TestUser;
  const env = { MAIL_FROM: "mamori <no-reply@example.jp>" };

  // better-auth's limiter counts per client address across app instances in this process:
  // each database kind calls from an address of its own.
  const remoteAddress = kind === "pglite" ? "127.0.0.21" : "127.0.0.22";
  const post = (url: string, payload: object, headers: Record<string, string> = sameOrigin) =>
    t.app.inject({ method: "POST", url, headers, payload, remoteAddress });
  const requestReset = (email: string, lang = "ja") =>
    post("/api/auth/request-password-reset", { email }, { ...sameOrigin, "accept-language": lang });
  const signIn = (email: string, password: string) =>
    post("/api/auth/sign-in/email", { email, password });
  async function deliver() {
    const transport = createMailTransport(sink.url);
    const settings = loadConfig({ ...env, SMTP_URL: sink.url }).mail;
    const r = await deliverDueMail(t.database, { transport, settings });
    transport.close();
    return r;
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(kind, { ...env, SMTP_URL: sink.url });
    user = await t.signUp("再設定 花子", "reset.me@example.jp");
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it("answers the same for a known and an unknown address, and mails only the account", async () => {
    const known = await requestReset("Reset.Me@example.jp");
    const unknown = await requestReset("nobody-here@example.jp");
    expect(known.statusCode, known.body).toBe(200);
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toBe(known.body);
    const queued = await t.database.query<{ to_address: string; org_id: string | null }>(
      "select to_address, org_id from mail_outbox where template = 'account.password-reset'",
    );
    expect(queued).toEqual([{ to_address: "reset.me@example.jp", org_id: null }]);
    // The link's token is only in mail_secret until sent, never in the outbox row.
    const row = await t.database.query<{ payload: unknown }>("select payload from mail_outbox");
    expect(JSON.stringify(row)).not.toMatch(/token/);
  });

  it("sends the link, refuses a weak or personal password, sets a strong one once", async () => {
    // Another browser stays signed in until the reset.
    const other = await signIn(user.email, "correct-horse-battery");
    const otherCookie = other.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    expect((await t.as({ ...user, cookie: otherCookie }).get("/api/v1/me")).statusCode).toBe(200);

    expect((await deliver()).sent).toBe(1);
    const [mail] = await sink.waitFor(1);
    if (!mail) throw new Error("no mail");
    expect(mail.rcptTo).toEqual(["reset.me@example.jp"]);
    expect(mail.parsed.subject).toBe("【mamori】パスワードの再設定");
    const to = Array.isArray(mail.parsed.to) ? mail.parsed.to[0] : mail.parsed.to;
    expect(to?.value[0]?.name).toBe("再設定 花子");
    expect(mail.parsed.text).toContain("再設定 花子 様");
    const link = /http:\/\/localhost:3000\/reset-password\?token=([A-Za-z0-9_%-]+)/.exec(
      mail.parsed.text ?? "",
    );
    if (!link?.[1]) throw new Error(`no link in ${mail.parsed.text}`);
    const token = decodeURIComponent(link[1]);
    expect(mail.parsed.html).toContain(link[0]);

    const weak = await post("/api/auth/reset-password", { token, newPassword: "password123" });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe("PASSWORD_WEAK");
    expect(Object.keys(weak.json().error.fields)).toEqual(["newPassword"]);
    const personal = await post("/api/auth/reset-password", {
      token,
      newPassword: "reset.me-example-2026",
    });
    expect(personal.statusCode).toBe(400);
    expect(personal.json().error.fields.newPassword).toBeTruthy();
    const extra = await post("/api/auth/reset-password", {
      token,
      newPassword: "violet-canyon-harbor-42",
      callbackURL: "https://evil.example",
    });
    expect(extra.statusCode).toBe(400);

    const ok = await post("/api/auth/reset-password", {
      token,
      newPassword: "violet-canyon-harbor-42",
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await signIn(user.email, "violet-canyon-harbor-42")).statusCode).toBe(200);
    expect((await signIn(user.email, "correct-horse-battery")).statusCode).toBe(401);
    // Every session of the account ended with the reset.
    expect((await t.as({ ...user, cookie: otherCookie }).get("/api/v1/me")).statusCode).toBe(401);
    // The link works once.
    const again = await post("/api/auth/reset-password", {
      token,
      newPassword: "another-long-phrase-77",
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toEqual({
      code: "RESET_LINK_INVALID",
      message: "パスワード再設定のリンクが無効か、期限切れです。もう一度お手続きください。",
    });
    const guessed = await post("/api/auth/reset-password", {
      token: "A".repeat(24),
      newPassword: "another-long-phrase-77",
    });
    expect(guessed.json().error.code).toBe("RESET_LINK_INVALID");
    // Delivered: the secret link is kept nowhere.
    const left = await t.database.query<{ n: number }>("select count(*)::int n from mail_secret");
    expect(left[0]?.n).toBe(0);
  });

  it("refuses bad input and requests from another site", async () => {
    for (const body of [
      {},
      { email: "" },
      { email: "a@example.jp\r\nBcc: x@example.jp" },
      { email: "a@example.jp", redirectTo: "https://evil.example/" },
    ]) {
      const res = await post("/api/auth/request-password-reset", body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    const crossSite = await post(
      "/api/auth/request-password-reset",
      { email: user.email },
      { origin: "https://evil.example" },
    );
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe("CSRF_ORIGIN");
    const noToken = await post("/api/auth/reset-password", {
      newPassword: "violet-canyon-harbor-42",
    });
    expect(noToken.statusCode).toBe(400);
    expect(Object.keys(noToken.json().error.fields)).toEqual(["token"]);
  });

  it("rate-limits reset requests per client (429), still without telling addresses apart", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await requestReset(`limit${i}@example.jp`)).statusCode);
    // Two requests above already counted in this window: the limit is 5 per 15 minutes.
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(3);
    expect(statuses.at(-1)).toBe(429);
    const limited = await requestReset(user.email);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe("RATE_LIMITED");
  });
});
