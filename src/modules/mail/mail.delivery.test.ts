// Delivery through a real SMTP server on loopback: what arrives (Japanese subject and name,
// text and HTML parts, Message-ID), refused recipients, SMTP down (retries with backoff,
// nothing lost), crashed senders' rows taken over, expired and lost links, and two senders at
// once delivering each mail exactly once.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { type Database, openDatabase } from "../../db/client.ts";
import { AppError } from "../../server/app-error.ts";
import { withDatabase } from "../../test/global-setup.ts";
import { dbKinds, openTestDatabase } from "../../test/harness.ts";
import { freePort, type SmtpSink, startSmtpSink } from "../../test/smtp-sink.ts";
import {
  createMailTransport,
  defineMailTemplate,
  deliverDueMail,
  enqueueMail,
  enqueueMails,
  html,
  htmlMail,
} from "./index.ts";

const greeting = defineMailTemplate<{ title: string; note: string }>({
  id: "test.greeting",
  subject: (lang, p) => (lang === "ja" ? `【テスト】${p.title}のお知らせ` : `[test] ${p.title}`),
  text: (_lang, p) => `件名どおり：${p.title}\n${p.note}\n`,
  html: (lang, p) => htmlMail(lang, p.title, html`<p>${p.title}</p><p>${p.note}</p>`),
});
const withLink = defineMailTemplate<{ name: string }>({
  id: "test.link",
  needsSecret: true,
  subject: () => "リンクのお知らせ",
  text: (_lang, p, link) => `${p.name} 様\n${link ?? "(hidden)"}\n`,
  html: (lang, p, link) => htmlMail(lang, "link", html`<p>${p.name}</p><a href="${link}">x</a>`),
});

const FROM = "mamori 事務局 <no-reply@example.jp>";
const settings = (over: Partial<{ maxAttempts: number; smtpUrl: string }> = {}) => ({
  from: FROM,
  maxAttempts: 5,
  retrySeconds: [60, 300, 1800],
  ...over,
});
const minutes = (n: number, from = new Date()) => new Date(from.getTime() + n * 60_000);

type Row = {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date;
  message_id: string | null;
  sent_at: Date | null;
};

describe.each(dbKinds)("mail delivery (%s)", (kind) => {
  let database: Database;
  let cleanup: () => Promise<void>;
  let sink: SmtpSink;

  const rows = (where = "true") =>
    database.query<Row>(`select * from mail_outbox where ${where} order by created_at, id`);
  const secrets = async () =>
    Number((await database.query<{ n: number }>("select count(*)::int n from mail_secret"))[0]?.n);
  const queue = (to: string, over: Partial<Parameters<typeof enqueueMail>[1]> = {}) =>
    enqueueMail(database.db, {
      orgId: null,
      to,
      template: greeting,
      lang: "ja",
      payload: { title: "点検", note: "note" },
      ...over,
    } as Parameters<typeof enqueueMail>[1]);

  beforeAll(async () => {
    ({ database, cleanup } = await openTestDatabase(kind));
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.close();
    await cleanup();
  });
  beforeEach(async () => {
    await database.query("delete from mail_outbox");
    sink.received.length = 0;
  });

  it("delivers Japanese subject and display name, text and HTML parts and the Message-ID", async () => {
    const id = await queue("hanako@example.jp", {
      toName: "山田 花子",
      payload: { title: "<script>alert(1)</script> & 株式会社", note: "個人情報の点検" },
    });
    const transport = createMailTransport(sink.url);
    const r = await deliverDueMail(database, { transport, settings: settings() });
    transport.close();
    expect(r).toMatchObject({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    const [mail] = await sink.waitFor(1);
    if (!mail) throw new Error("no mail");
    // Headers in UTF-8 encoded words (RFC 2047): nothing raw beyond ASCII in the header block.
    const headerBlock = mail.raw.split("\r\n\r\n")[0] ?? "";
    expect(headerBlock).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(headerBlock).not.toMatch(/[^\x20-\x7e\r\n\t]/);
    expect(mail.parsed.subject).toBe("【テスト】<script>alert(1)</script> & 株式会社のお知らせ");
    const to = Array.isArray(mail.parsed.to) ? mail.parsed.to[0] : mail.parsed.to;
    expect(to?.value).toEqual([{ name: "山田 花子", address: "hanako@example.jp" }]);
    expect(mail.parsed.from?.value).toEqual([
      { name: "mamori 事務局", address: "no-reply@example.jp" },
    ]);
    expect(mail.rcptTo).toEqual(["hanako@example.jp"]);
    expect(mail.parsed.text).toContain("個人情報の点検");
    expect(mail.parsed.text).toContain("<script>alert(1)</script> & 株式会社");
    // The HTML part: every value escaped.
    expect(mail.parsed.html).toContain(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 株式会社</p>",
    );
    expect(mail.parsed.html).not.toContain("<script>");
    expect(mail.parsed.messageId).toBe(`<${id}@example.jp>`);
    expect(mail.parsed.headers.get("auto-submitted")).toBe("auto-generated");
    const [row] = await rows();
    expect(row).toMatchObject({ status: "sent", attempts: 1, message_id: `<${id}@example.jp>` });
    expect(row?.sent_at).toBeTruthy();
    // Sent mail is not claimed again.
    const again = await deliverDueMail(database, {
      transport: createMailTransport(sink.url),
      settings: settings(),
      now: minutes(600),
    });
    expect(again.claimed).toBe(0);
  });

  it("refuses CR/LF, lists and overlong values in the address or name, naming the field", async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ to: "a@example.jp\r\nBcc: evil@example.jp" }, "to"],
      [{ to: "a@example.jp\nBcc: evil@example.jp" }, "to"],
      [{ to: "a@example.jp, b@example.jp" }, "to"],
      [{ to: "山田 <a@example.jp>" }, "to"],
      [{ to: "" }, "to"],
      [{ to: `${"a".repeat(250)}@example.jp` }, "to"],
      [{ to: "no-at-sign" }, "to"],
      [{ to: "ok@example.jp", toName: "山田\r\nBcc: evil@example.jp" }, "toName"],
      [{ to: "ok@example.jp", toName: "山田\u2028花子" }, "toName"],
      [{ to: "ok@example.jp", toName: "名".repeat(101) }, "toName"],
      [{ to: "ok@example.jp", fields: { to: "email" }, toName: null, x: 1 }, "__ok__"],
      [{ to: "a@example.jp\r\n", fields: { to: "email" } }, "email"],
    ];
    for (const [over, field] of bad) {
      const attempt = queue(String(over.to), over as never);
      if (field === "__ok__") {
        await attempt;
        continue;
      }
      const err = await attempt.catch((e: unknown) => e);
      expect(err, JSON.stringify(over)).toBeInstanceOf(AppError);
      expect((err as AppError).kind).toBe("validation");
      expect(Object.keys((err as AppError).fields)).toEqual([field]);
    }
    // Only the one good mail is queued; nothing of the refused ones.
    expect((await rows()).length).toBe(1);
    // In bulk, one bad address refuses them all, named by its index.
    const err = await database.db
      .transaction((tx) =>
        enqueueMails(tx, [
          {
            orgId: null,
            to: "x@example.jp",
            template: greeting,
            lang: "ja",
            payload: { title: "a", note: "" },
          },
          {
            orgId: null,
            to: "y@example.jp\r\nCc: z@example.jp",
            template: greeting,
            lang: "ja",
            payload: { title: "a", note: "" },
          },
        ]),
      )
      .catch((e: unknown) => e);
    expect(Object.keys((err as AppError).fields)).toEqual(["mails.1.to"]);
    expect((await rows()).length).toBe(1);
  });

  it("retries with backoff while SMTP is down, never shows the password, and loses nothing", async () => {
    const port = await freePort();
    const url = `smtp://mailer:s3cret-Passw0rd@127.0.0.1:${port}`;
    const ids = [
      await queue("one@example.jp"),
      await queue("two@example.jp"),
      await queue("three@example.jp"),
    ];
    const t0 = minutes(0.05);
    const down = createMailTransport(url);
    const first = await deliverDueMail(database, {
      transport: down,
      settings: settings({ smtpUrl: url }),
      now: t0,
    });
    expect(first).toMatchObject({ claimed: 3, sent: 0, retried: 3, failed: 0 });
    for (const row of await rows()) {
      expect(row.status).toBe("queued");
      expect(row.attempts).toBe(1);
      // 1 minute after this try (the first step of the schedule).
      expect(row.next_attempt_at.getTime()).toBe(t0.getTime() + 60_000);
      expect(row.last_error).toMatch(/ECONNECTION|ECONNREFUSED/);
      expect(row.last_error).not.toContain("s3cret");
      expect(row.last_error).not.toContain(url);
    }
    // Not due yet: nothing claimed.
    const early = await deliverDueMail(database, {
      transport: down,
      settings: settings({ smtpUrl: url }),
      now: minutes(0.5, t0),
    });
    expect(early.claimed).toBe(0);
    // Still down at the second try: the next wait is 5 minutes.
    const t1 = minutes(1.5, t0);
    await deliverDueMail(database, {
      transport: down,
      settings: settings({ smtpUrl: url }),
      now: t1,
    });
    for (const row of await rows()) {
      expect(row).toMatchObject({ status: "queued", attempts: 2 });
      expect(row.next_attempt_at.getTime()).toBe(t1.getTime() + 300_000);
    }
    down.close();
    // The server comes up (with the login the URL carries): each mail arrives once.
    const up = await startSmtpSink({ port, auth: { user: "mailer", pass: "s3cret-Passw0rd" } });
    try {
      const transport = createMailTransport(url);
      const r = await deliverDueMail(database, {
        transport,
        settings: settings({ smtpUrl: url }),
        now: minutes(10, t0),
      });
      transport.close();
      expect(r).toMatchObject({ claimed: 3, sent: 3 });
      const got = await up.waitFor(3);
      expect(got.map((m) => m.parsed.messageId).sort()).toEqual(
        ids.map((id) => `<${id}@example.jp>`).sort(),
      );
      expect((await rows()).map((row) => [row.status, row.attempts, row.last_error])).toEqual([
        ["sent", 3, null],
        ["sent", 3, null],
        ["sent", 3, null],
      ]);
    } finally {
      await up.close();
    }
  });

  it("marks a mail failed after the last try, and at once when the server refuses it for good", async () => {
    const refusing = await startSmtpSink({
      refuse: (a) => (a.startsWith("gone") ? 550 : a.startsWith("busy") ? 451 : undefined),
    });
    try {
      await queue("gone@example.jp");
      await queue("busy@example.jp");
      const transport = createMailTransport(refusing.url);
      const opts = { transport, settings: settings({ maxAttempts: 2 }) };
      // (A moment ahead: the rows' default now() may lie within this very millisecond.)
      const t0 = minutes(0.05);
      const r1 = await deliverDueMail(database, { ...opts, now: t0 });
      const r2 = await deliverDueMail(database, { ...opts, now: minutes(2, t0) });
      transport.close();
      expect(r1).toMatchObject({ claimed: 2, sent: 0, failed: 1, retried: 1 });
      expect(r2).toMatchObject({ claimed: 1, failed: 1 });
      const byAddress = Object.fromEntries(
        (
          await database.query<{
            to_address: string;
            status: string;
            attempts: number;
            last_error: string;
          }>("select to_address, status, attempts, last_error from mail_outbox")
        ).map((r) => [r.to_address, r]),
      );
      expect(byAddress["gone@example.jp"]).toMatchObject({ status: "failed", attempts: 1 });
      expect(byAddress["gone@example.jp"]?.last_error).toMatch(/550/);
      expect(byAddress["busy@example.jp"]).toMatchObject({ status: "failed", attempts: 2 });
      expect(byAddress["busy@example.jp"]?.last_error).toMatch(/451/);
      expect(refusing.received).toEqual([]);
    } finally {
      await refusing.close();
    }
  });

  it("takes over the rows a crashed sender left `sending` once their lease ends", async () => {
    const stale = await queue("stale@example.jp");
    const held = await queue("held@example.jp");
    // A process claimed both and died: one lease is over, the other still runs.
    await database.query(
      `update mail_outbox set status = 'sending', attempts = 1,
         locked_until = next_attempt_at, next_attempt_at = $2 where id = $1`,
      [stale, minutes(-1)],
    );
    await database.query(
      `update mail_outbox set status = 'sending', attempts = 1,
         locked_until = $2, next_attempt_at = $2 where id = $1`,
      [held, minutes(1)],
    );
    const transport = createMailTransport(sink.url);
    const r = await deliverDueMail(database, { transport, settings: settings() });
    expect(r).toMatchObject({ claimed: 1, sent: 1 });
    expect((await sink.waitFor(1)).map((m) => m.rcptTo[0])).toEqual(["stale@example.jp"]);
    // After the other lease, it is taken over too.
    const later = await deliverDueMail(database, {
      transport,
      settings: settings(),
      now: minutes(2),
    });
    transport.close();
    expect(later).toMatchObject({ claimed: 1, sent: 1 });
    expect((await rows()).map((row) => [row.status, row.attempts])).toEqual([
      ["sent", 2],
      ["sent", 2],
    ]);
  });

  it("sends a link until it is delivered, then forgets it; an expired or lost link is not sent", async () => {
    await queue("linked@example.jp", {
      template: withLink,
      payload: { name: "山田" },
      secret: "https://example.jp/secret-link-token",
      secretExpiresAt: minutes(60),
    } as never);
    const expired = await queue("expired@example.jp", {
      template: withLink,
      payload: { name: "期限" },
      secret: "https://example.jp/expired-token",
      secretExpiresAt: minutes(-1),
    } as never);
    const lost = await queue("lost@example.jp", {
      template: withLink,
      payload: { name: "復元" },
      secret: "https://example.jp/lost-token",
    } as never);
    // A restore brings the row back without its secret (mail_secret is not in backups).
    await database.query("delete from mail_secret where outbox_id = $1", [lost]);
    expect(await secrets()).toBe(2);
    const transport = createMailTransport(sink.url);
    const r = await deliverDueMail(database, { transport, settings: settings() });
    transport.close();
    expect(r).toMatchObject({ sent: 1, cancelled: 2 });
    const [mail] = await sink.waitFor(1);
    expect(mail?.parsed.text).toContain("https://example.jp/secret-link-token");
    expect(sink.received.map((m) => m.rcptTo[0])).toEqual(["linked@example.jp"]);
    expect(await secrets()).toBe(0);
    const [e] = await rows(`id = '${expired}'`);
    expect(e).toMatchObject({ status: "cancelled", last_error: "link expired before delivery" });
    const [l] = await rows(`id = '${lost}'`);
    expect(l?.status).toBe("cancelled");
    expect(l?.last_error).toMatch(/link not available/);
  });

  it("delivers each mail exactly once with two senders at the same time", async () => {
    const n = 240;
    await database.db.transaction((tx) =>
      enqueueMails(
        tx,
        Array.from({ length: n }, (_, i) => ({
          orgId: null,
          to: `staff${i}@example.jp`,
          template: greeting,
          lang: "ja" as const,
          payload: { title: `第${i}号`, note: "" },
        })),
      ),
    );
    // On PostgreSQL the second sender has its own connection pool, as another process would.
    let second = database;
    let closeSecond = async () => {};
    if (kind === "postgres") {
      const [{ name } = { name: "" }] = await database.query<{ name: string }>(
        "select current_database() as name",
      );
      second = await openDatabase({
        databaseUrl: withDatabase(inject("postgresUrl"), name),
        dataDir: "",
      });
      closeSecond = () => second.close();
    }
    try {
      const sender = async (db: Database) => {
        const transport = createMailTransport(sink.url);
        let sent = 0;
        for (;;) {
          const r = await deliverDueMail(db, { transport, settings: settings(), batch: 15 });
          sent += r.sent;
          if (r.claimed === 0) break;
        }
        transport.close();
        return sent;
      };
      const [a, b] = await Promise.all([sender(database), sender(second)]);
      expect(a + b).toBe(n);
      if (kind === "postgres") expect(Math.min(a, b)).toBeGreaterThan(0);
      await sink.waitFor(n);
      const ids = sink.received.map((m) => m.parsed.messageId);
      expect(new Set(ids).size).toBe(n);
      expect(ids.length).toBe(n);
      const statuses = await database.query<{ status: string; attempts: number; n: number }>(
        "select status, attempts, count(*)::int n from mail_outbox group by 1, 2",
      );
      expect(statuses).toEqual([{ status: "sent", attempts: 1, n }]);
    } finally {
      await closeSecond();
    }
  });
});
