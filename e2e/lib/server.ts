// Starts `node bin/mamori.js start` on a free port with a fresh data folder, waits for
// /readyz, and stops it again (SIGTERM, then SIGKILL) and removes the folder.
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export type RunningServer = {
  baseUrl: string;
  dataDir: string;
  /** Everything the server printed so far (stdout and stderr, interleaved). */
  output: () => string;
  /** Stops the server and removes its data folder; safe to call more than once. */
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** `env`: more settings for this server (e.g. SMTP_URL for the mail scenario). */
export async function startServer(
  root: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), "mamori-e2e-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const chunks: string[] = [];
  const child = spawn(process.execPath, ["bin/mamori.js", "start"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      BASE_URL: baseUrl,
      DATABASE_URL: "",
      // Warnings and errors only: on failure, the printed output is what matters.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      // Several sign-ins happen from one address within a minute.
      SIGN_IN_RATE_LIMIT: "100",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => chunks.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => chunks.push(d.toString()));

  // Last resort if this process ends without stop() (a crash): no server or folder is left.
  const onExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once("exit", onExit);

  let stopped: Promise<void> | undefined;
  const server: RunningServer = {
    baseUrl,
    dataDir,
    output: () => chunks.join(""),
    stop: () => {
      stopped ??= (async () => {
        await stopChild(child);
        await rm(dataDir, { recursive: true, force: true });
        process.off("exit", onExit);
      })();
      return stopped;
    },
  };

  try {
    await waitUntilReady(baseUrl, child);
  } catch (err) {
    console.error(`サーバーが起動しませんでした / The server did not start: ${String(err)}`);
    console.error(`--- server output ---\n${server.output()}\n--- end of server output ---`);
    await server.stop();
    throw err;
  }
  return server;
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`server exited early (code ${child.exitCode}, signal ${child.signalCode})`);
    try {
      const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250)); // polling interval
  }
  throw new Error(`GET /readyz did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
