// A real SMTP server on loopback (smtp-server) for the mail tests, the e2e run and the
// benchmark: it keeps every message it accepts, raw and parsed (mailparser), and can refuse
// recipients or require a login, so a test sees exactly what a receiver would.
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export type ReceivedMail = { raw: string; parsed: ParsedMail; rcptTo: string[] };

export type SmtpSinkOptions = {
  port?: number;
  /** Require this login (AUTH PLAIN/LOGIN over plain text: loopback tests only). */
  auth?: { user: string; pass: string };
  /** Answer for a recipient: undefined accepts, else an SMTP code (550 refuses for good). */
  refuse?: (address: string) => number | undefined;
  /** Skip parsing (the benchmark counts messages only). */
  parse?: boolean;
};

export type SmtpSink = {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Messages accepted so far (also when not parsed). */
  count: () => number;
  /** Waits until at least `n` messages arrived (or throws after `ms`). */
  waitFor: (n: number, ms?: number) => Promise<ReceivedMail[]>;
  close: () => Promise<void>;
};

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let accepted = 0;
  const parse = options.parse ?? true;
  const serverOptions: SMTPServerOptions = {
    secure: false,
    disabledCommands: options.auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    logger: false,
    size: 10 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      const ok = auth.username === options.auth?.user && auth.password === options.auth?.pass;
      if (!ok) return callback(new Error("Invalid username or password"));
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      const code = options.refuse?.(address.address);
      if (code === undefined) return callback();
      const err = new Error(`refused ${address.address}`) as Error & { responseCode: number };
      err.responseCode = code;
      callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        accepted++;
        const raw = Buffer.concat(chunks).toString("utf8");
        const rcptTo = session.envelope.rcptTo.map((r) => r.address);
        if (parse) received.push({ raw, parsed: await simpleParser(raw), rcptTo });
        callback();
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const credentials = options.auth
    ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@`
    : "";
  return {
    port,
    url: `smtp://${credentials}127.0.0.1:${port}`,
    received,
    count: () => accepted,
    async waitFor(n, ms = 20_000) {
      const until = Date.now() + ms;
      while ((parse ? received.length : accepted) < n) {
        if (Date.now() > until)
          throw new Error(`expected ${n} mails, got ${parse ? received.length : accepted}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A free loopback port where nothing listens (yet). */
export async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
