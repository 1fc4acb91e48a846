// Scenarios that need mail run on a server of their own whose SMTP_URL points at an SMTP server
// on loopback (src/test/smtp-sink.ts) that the scenario starts: the mails the app sends land in
// the sink, where a step finds the link a mail carries.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { type SmtpSink, startSmtpSink } from "../../src/test/smtp-sink.ts";
import { eventually } from "./expect.ts";
import type { OpenPage, Runner } from "./harness.ts";
import { type RunningServer, startServer } from "./server.ts";

export type MailServer = {
  sink: SmtpSink;
  baseUrl: string;
  /** The owner's page, opened on the server. */
  owner: { context: BrowserContext; page: Page };
  /** Phone contexts the scenario opens (lib/phone.ts openPhone), closed at the end. */
  phones: BrowserContext[];
  /** Tells this run's addresses apart from an earlier run's. */
  run: string;
};

/**
 * Starts the sink and a server mailing into it, opens the owner's page, runs `scenario`, then
 * closes the phones, the owner's page, the server and the sink, whatever happened.
 */
export async function withMailServer(
  runner: Runner,
  browser: Browser,
  open: OpenPage,
  root: string,
  scenario: (env: MailServer) => Promise<void>,
): Promise<void> {
  if (runner.stopped) return;
  const sink = await startSmtpSink();
  let server: RunningServer | undefined;
  let owner: MailServer["owner"] | undefined;
  const phones: BrowserContext[] = [];
  try {
    server = await startServer(root, {
      SMTP_URL: sink.url,
      MAIL_FROM: "mamori <no-reply@example.jp>",
    });
    owner = await open(browser, server.baseUrl);
    const run = Date.now().toString(36);
    await scenario({ sink, baseUrl: server.baseUrl, owner, phones, run });
  } finally {
    for (const p of phones) await p.close().catch(() => {});
    await owner?.context.close().catch(() => {});
    await server?.stop();
    await sink.close();
  }
}

/** A personal link (/p/<token>), the link most mails carry. */
const PERSONAL_LINK = /\/p\/[A-Za-z0-9_-]{65}/;

/**
 * The link (`path` after the server's address) in the newest mail to `to` whose subject passes
 * `subject`; waits up to 30 s for it.
 */
export async function mailedLink(
  sink: SmtpSink,
  baseUrl: string,
  to: string,
  subject: (s: string) => boolean,
  path: RegExp = PERSONAL_LINK,
): Promise<string> {
  let link = "";
  await eventually(async () => {
    const mail = [...sink.received]
      .reverse()
      .find((m) => m.rcptTo.includes(to) && subject(m.parsed.subject ?? ""));
    if (!mail) return `no such mail to ${to} yet (${sink.received.length} received)`;
    const found = new RegExp(`${baseUrl}${path.source}`).exec(mail.parsed.text ?? "");
    if (!found) return `no link in: ${mail.parsed.text}`;
    link = found[0];
    return null;
  }, 30_000);
  return link;
}
