// The scheduled delivery of the outbox (run by src/modules/jobs every 5 s): batches until
// nothing is due or a minute has passed. Without SMTP_URL mail only waits (and links expire).
import type { Transporter } from "nodemailer";
import type { JobDefinition } from "../shared/job-definition.ts";
import { deliverDueMail, expireMailLinks, LEASE_SECONDS } from "./mail.sender.ts";
import { createMailTransport } from "./mail.transport.ts";

const BATCH = 200;
const BUDGET_MS = 60_000;

let pooled: { url: string; transport: Transporter } | null = null;

/** One pooled transport per SMTP URL for the life of the process. */
function transportFor(url: string): Transporter {
  if (pooled?.url !== url) {
    pooled?.transport.close();
    pooled = { url, transport: createMailTransport(url) };
  }
  return pooled.transport;
}

export const MAIL_DELIVERY_JOB = "mail.deliver";

export const mailDeliveryJob: JobDefinition = {
  name: MAIL_DELIVERY_JOB,
  everySeconds: 5,
  leaseSeconds: Math.ceil(BUDGET_MS / 1000) + LEASE_SECONDS,
  async run({ database, config, now }) {
    const { smtpUrl } = config.mail;
    if (!smtpUrl) {
      const expired = await expireMailLinks(database, now);
      return `SMTP未設定のため送信せず保留（リンク期限切れ ${expired}件）`;
    }
    const transport = transportFor(smtpUrl);
    const total = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
    const started = Date.now();
    for (;;) {
      const r = await deliverDueMail(database, {
        transport,
        settings: config.mail,
        now: new Date(now.getTime() + (Date.now() - started)),
        batch: BATCH,
      });
      total.sent += r.sent;
      total.retried += r.retried;
      total.failed += r.failed;
      total.cancelled += r.cancelled;
      if (r.claimed < BATCH || Date.now() - started > BUDGET_MS) break;
    }
    return `送信 ${total.sent}件・再試行 ${total.retried}件・失敗 ${total.failed}件・取消 ${total.cancelled}件`;
  },
};
