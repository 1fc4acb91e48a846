// Durability of the outbox with the real server: `mamori start` (embedded database) queues 500
// invitation mails while SMTP is down, is killed with SIGKILL, and started again once the SMTP
// server is up; every one of the 500 mails then arrives exactly once.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, type SmtpSink, startSmtpSink } from "../../test/smtp-sink.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const MAILS = 500;

type Server = { child: ChildProcess; output: string[] };

async function start(env: Record<string, string>, baseUrl: string): Promise<Server> {
  const output: string[] = [];
  const child = spawn(process.execPath, ["bin/mamori.js", "start"], {
    cwd: root,
    env: { ...process.env, ...env, DATABASE_URL: "", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => output.push(d.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output.join("")}`);
    const ok = await fetch(`${baseUrl}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, output };
    if (Date.now() > deadline) throw new Error(`server not ready: ${output.join("")}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once("exit", () => resolve()));

describe("outbox durability (embedded database, real server)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "mamori-mail-durability-"));
  let server: Server | undefined;
  let sink: SmtpSink | undefined;

  afterAll(async () => {
    if (server) {
      server.child.kill("SIGTERM");
      await exited(server.child);
    }
    await sink?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("delivers each of 500 queued mails exactly once after a SIGKILL while SMTP was down", async () => {
    const [port, smtpPort] = [await freePort(), await freePort()];
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = {
      PORT: String(port),
      HOST: "127.0.0.1",
      BASE_URL: baseUrl,
      DATA_DIR: dataDir,
      // Nothing listens there yet.
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "mamori <no-reply@example.jp>",
      // Quick retries, and never given up on within the test's minutes.
      MAIL_RETRY_SECONDS: "1",
      MAIL_MAX_ATTEMPTS: "1000",
      SIGN_IN_RATE_LIMIT: "100",
    };
    server = await start(env, baseUrl);
    const headers = { origin: baseUrl, "content-type": "application/json" };
    const signUp = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        name: "耐久 試験",
        email: "owner@example.jp",
        password: "correct-horse-battery",
      }),
    });
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${baseUrl}/api/v1${path}`, {
        method,
        headers: { ...headers, cookie },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const org = await call("POST", "/orgs", { name: "株式会社耐久", demo: false });
    expect(org.status).toBe(201);
    const orgId = ((await org.json()) as { id: string }).id;
    for (let i = 0; i < MAILS; i++) {
      const res = await call("POST", `/orgs/${orgId}/invitations`, {
        email: `staff${i}@example.jp`,
        role: "viewer",
      });
      expect(res.status).toBe(201);
    }
    // The sender has tried (and failed) at least once before the kill.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const page = (await (await call("GET", `/orgs/${orgId}/mail?limit=1`)).json()) as {
        items: { attempts: number; lastError: string | null }[];
      };
      // attempts counts the claim; the error is written when the try has failed.
      const first = page.items[0];
      if ((first?.attempts ?? 0) > 0 && first?.lastError) {
        expect(first.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
        break;
      }
      if (Date.now() > deadline) throw new Error("the sender never tried");
      await new Promise((r) => setTimeout(r, 250));
    }
    server.child.kill("SIGKILL");
    await exited(server.child);

    sink = await startSmtpSink({ port: smtpPort });
    server = await start(env, baseUrl);
    await sink.waitFor(MAILS, 180_000);
    // A while longer: nothing arrives twice.
    await new Promise((r) => setTimeout(r, 8_000));
    const ids = sink.received.map((m) => m.parsed.messageId);
    const recipients = sink.received.map((m) => m.rcptTo.join(","));
    expect(sink.received.length).toBe(MAILS);
    expect(new Set(ids).size).toBe(MAILS);
    expect(new Set(recipients)).toEqual(
      new Set(Array.from({ length: MAILS }, (_, i) => `staff${i}@example.jp`)),
    );
    const sent = (await (await call("GET", `/orgs/${orgId}/mail?status=sent&limit=1`)).json()) as {
      total: number;
    };
    expect(sent.total).toBe(MAILS);
  }, 300_000);
});
