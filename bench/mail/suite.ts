// The mail benchmark (issue 11): queue one mail per staff member (3,000) in one transaction
// with the bulk enqueue, then deliver them to a real SMTP server on loopback with the sender
// the scheduled job runs (deliverDueMail, batches of 200, a pooled nodemailer transport).
// Each run starts from an empty outbox; the report gives medians of BENCH_RUNS runs.
import { randomUUID } from "node:crypto";
import {
  createMailTransport,
  defineMailTemplate,
  deliverDueMail,
  enqueueMails,
  html,
  htmlMail,
} from "../../src/modules/mail/index.ts";
import { startSmtpSink } from "../../src/test/smtp-sink.ts";
import { openBenchDatabase } from "../postgres.ts";
import { median } from "../registers/measure.ts";

export type MailRun = { enqueueMs: number; deliverMs: number; perSecond: number };
export type MailKindResult = {
  kind: "pglite" | "postgres";
  mails: number;
  runs: MailRun[];
  median: MailRun;
};

/** A reminder-like mail: Japanese subject and name, a few values, text and HTML. */
const reminderMail = defineMailTemplate<{ name: string; duty: string; due: string }>({
  id: "bench.reminder",
  subject: (_lang, p) => `【mamori】${p.duty}の期限が近づいています`,
  text: (_lang, p) => `${p.name} 様\n\n「${p.duty}」の期限は${p.due}です。\n`,
  html: (lang, p) =>
    htmlMail(lang, p.duty, html`<p>${p.name} 様</p><p>「${p.duty}」の期限は${p.due}です。</p>`),
});

export async function benchMail(
  kind: "pglite" | "postgres",
  settings: { mails: number; runs: number; log: (line: string) => void },
): Promise<MailKindResult> {
  const { database, close } = await openBenchDatabase(kind, "mail");
  const sink = await startSmtpSink({ parse: false });
  const transport = createMailTransport(sink.url);
  try {
    await database.migrate();
    const orgId = randomUUID();
    await database.query("insert into organization (id, name, slug) values ($1, $2, $1)", [
      orgId,
      "株式会社ベンチ",
    ]);
    const mails = Array.from({ length: settings.mails }, (_, i) => ({
      orgId,
      to: `staff${i}@example.jp`,
      toName: `従業者 ${i}号`,
      template: reminderMail,
      lang: "ja" as const,
      payload: { name: `従業者 ${i}号`, duty: "個人情報保護教育", due: "2026年12月20日" },
    }));
    const runs: MailRun[] = [];
    for (let run = 0; run < settings.runs; run++) {
      await database.query("delete from mail_outbox");
      const before = sink.count();
      const t0 = performance.now();
      await database.db.transaction((tx) => enqueueMails(tx, mails));
      const enqueueMs = performance.now() - t0;
      const t1 = performance.now();
      for (;;) {
        const r = await deliverDueMail(database, {
          transport,
          settings: { from: "mamori <no-reply@example.jp>", maxAttempts: 8, retrySeconds: [60] },
          batch: 200,
        });
        if (r.failed || r.retried) throw new Error(`delivery failed: ${JSON.stringify(r)}`);
        if (r.claimed === 0) break;
      }
      const deliverMs = performance.now() - t1;
      if (sink.count() - before !== settings.mails)
        throw new Error(`expected ${settings.mails} mails, got ${sink.count() - before}`);
      const perSecond = settings.mails / (deliverMs / 1000);
      runs.push({ enqueueMs, deliverMs, perSecond });
      settings.log(
        `${kind} run ${run + 1}: enqueue ${enqueueMs.toFixed(0)} ms, deliver ${deliverMs.toFixed(0)} ms (${perSecond.toFixed(0)} mails/s)`,
      );
    }
    return {
      kind,
      mails: settings.mails,
      runs,
      median: {
        enqueueMs: median(runs.map((r) => r.enqueueMs)),
        deliverMs: median(runs.map((r) => r.deliverMs)),
        perSecond: median(runs.map((r) => r.perSecond)),
      },
    };
  } finally {
    transport.close();
    await sink.close();
    await close();
  }
}

export function mailMarkdown(
  machine: { date: string; nproc: number; cpu: string; node: string; loadAverageBefore: number },
  settings: { mails: number; runs: number },
  results: MailKindResult[],
  failures: string[],
): string {
  const rows = results.map(
    (r) =>
      `| ${r.kind} | ${r.median.enqueueMs.toFixed(0)} ms | ${r.median.deliverMs.toFixed(0)} ms | ${r.median.perSecond.toFixed(0)} | ${r.runs.map((x) => x.enqueueMs.toFixed(0)).join(" / ")} | ${r.runs.map((x) => x.perSecond.toFixed(0)).join(" / ")} |`,
  );
  return `# Mail: queue ${settings.mails.toLocaleString("en")} mails, deliver them over SMTP

\`npm run bench mail\` (bench/mail/suite.ts), ${machine.date.slice(0, 10)}: ${machine.nproc} CPUs
(${machine.cpu}), Node ${machine.node}, load average before ${machine.loadAverageBefore}.
Medians of ${settings.runs} runs, each from an empty outbox.

- **Queue**: one mail per staff member (${settings.mails.toLocaleString("en")}), Japanese subject and
  name, in one transaction with \`enqueueMails\` (every address checked, then one
  \`jsonb_to_recordset\` insert per 2,000 rows). Goal: under 1 s.
- **Deliver**: \`deliverDueMail\` in batches of 200 (as the scheduled job does) through a pooled
  nodemailer transport (3 connections) to an \`smtp-server\` on loopback that accepts and counts
  each message; every row is claimed, sent and marked sent one by one (two statements per mail
  besides the claim), so the rate is the sender's, not the network's.

| database | queue (median) | deliver (median) | mails/s (median) | queue, each run (ms) | mails/s, each run |
| -------- | -------------- | ---------------- | ---------------- | -------------------- | ----------------- |
${rows.join("\n")}
${failures.length ? `\nFailures:\n\n${failures.map((f) => `- ${f}`).join("\n")}\n` : ""}`;
}
