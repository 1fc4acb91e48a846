// The SMTP connection (nodemailer) and what a failure may say. The SMTP URL can carry a
// password: it is handed to nodemailer only, and every error text is cleaned of it before it
// reaches the outbox (last_error) or a log line.
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";

/** What the sender needs from a transport (nodemailer's Transporter fits; tests may wrap it). */
export type MailTransport = Pick<Transporter, "sendMail">;
export type MailMessage = SendMailOptions;

/**
 * A pooled SMTP transport from SMTP_URL, with timeouts short enough that one mail never
 * outlasts the sender's lease (mail.sender.ts LEASE_SECONDS).
 */
export function createMailTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);
}

type SmtpError = { code?: unknown; responseCode?: unknown; response?: unknown; message?: unknown };

/** Errors that say the server is unreachable or refuses us, not this mail: stop the batch. */
const CONNECTION_CODES = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "ETLS",
  "EAUTH",
  "EPROTOCOL",
  "ECONNREFUSED",
  "ECONNRESET",
]);

export type SendFailure = {
  /** The server refused this mail for good (5xx): no retry. */
  permanent: boolean;
  /** The server could not be used at all: the rest of the batch waits too. */
  connection: boolean;
  /** For last_error: code, SMTP status and reply, without the SMTP URL or its password. */
  text: string;
};

export function describeSendFailure(err: unknown, smtpUrl: string | undefined): SendFailure {
  const e = (err ?? {}) as SmtpError;
  const code = typeof e.code === "string" ? e.code : "ERROR";
  const status = typeof e.responseCode === "number" ? e.responseCode : null;
  const reply = typeof e.response === "string" ? e.response : String(e.message ?? "");
  const text = redactSecrets(
    [code, status, reply].filter((x) => x !== null && x !== "").join(" "),
    smtpUrl,
  ).slice(0, 500);
  return {
    permanent: status !== null && status >= 500 && !CONNECTION_CODES.has(code),
    connection: CONNECTION_CODES.has(code) || status === 421,
    text,
  };
}

/** Removes the SMTP URL, its user and password from a text, whatever their encoding. */
export function redactSecrets(text: string, smtpUrl: string | undefined): string {
  if (!smtpUrl) return text;
  let out = text.split(smtpUrl).join("[SMTP_URL]");
  try {
    const u = new URL(smtpUrl);
    for (const part of [u.password, decodeURIComponent(u.password), u.username]) {
      if (part && part.length >= 3) out = out.split(part).join("***");
    }
  } catch {
    // not a URL: nothing more to find
  }
  return out;
}

/** The domain of MAIL_FROM, for Message-IDs ("<outbox-id@domain>"). */
export function senderDomain(from: string): string {
  const m = /@([^\s>]+)>?\s*$/.exec(from);
  return m?.[1]?.toLowerCase() ?? "localhost";
}
