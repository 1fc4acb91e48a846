import { once } from "node:events";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { LOCK_FILE_NAME, procStat } from "../db/lock.ts";
import { binPath, type CliProcess, freePort, spawnCli, spawnWatched } from "./test-process.ts";

/** The PID on the lock file's first line (the second holds the process start time). */
const lockPid = (file: string) => Number(readFileSync(file, "utf8").split("\n")[0]);

describe("mamori start (real processes on one PGlite folder)", () => {
  let dataDir: string;
  const running: CliProcess[] = [];
  const start = (port: number) => {
    const p = spawnCli(["start"], { DATA_DIR: dataDir, PORT: String(port) });
    running.push(p);
    return p;
  };

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), "mamori-start-"));
    cpSync(inject("pgliteTemplate"), dataDir, { recursive: true });
  });
  afterEach(() => {
    for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill("SIGKILL");
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("serves, refuses a second instance, and stops cleanly on SIGTERM", async () => {
    const port = await freePort();
    const first = start(port);
    const [, url] = await first.waitFor(/mamori is running at (\S+)\n.*Database: .*\n/);
    expect(url).toBe(`http://localhost:${port}`);
    expect(first.stdout()).toContain(dataDir);
    expect(first.stdout()).toMatch(/PGlite/);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await ready.json()).toEqual({ status: "ready", database: "pglite" });
    const lockFile = join(dataDir, LOCK_FILE_NAME);
    expect(lockPid(lockFile)).toBe(first.child.pid);

    const second = start(await freePort());
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toContain(dataDir);
    expect(second.stderr()).toContain(`PID ${first.child.pid}`);
    expect(second.stdout()).not.toContain("mamori is running");
    // the first one still serves
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  });

  it("fails with exit code 1 and releases the lock when the port is taken", async () => {
    const blocker = createServer();
    blocker.listen(0, "127.0.0.1");
    await once(blocker, "listening");
    const { port } = blocker.address() as AddressInfo;
    try {
      const p = start(port);
      expect(await p.exited).toBe(1);
      expect(p.stderr()).toMatch(/EADDRINUSE/);
      expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it("takes over the lock of a killed (SIGKILL) instance", async () => {
    const port = await freePort();
    const first = start(port);
    await first.waitFor(/mamori is running at/);
    first.child.kill("SIGKILL");
    await first.exited;
    const lockFile = join(dataDir, LOCK_FILE_NAME);
    expect(lockPid(lockFile)).toBe(first.child.pid); // stale lock left

    const port2 = await freePort();
    const again = start(port2);
    await again.waitFor(/mamori is running at/);
    const ready = await fetch(`http://127.0.0.1:${port2}/readyz`);
    expect(ready.status).toBe(200);
    expect(lockPid(lockFile)).toBe(again.child.pid);
    again.child.kill("SIGINT");
    expect(await again.exited).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  }, 120_000);

  it.skipIf(procStat(process.pid) === null)(
    "starts right after SIGKILL while the killed instance is still an unreaped zombie",
    async () => {
      // `sh` starts mamori in the background, prints its PID, then becomes `sleep`, which
      // never reaps it: after SIGKILL the old PID stays (state Z) like under a slow supervisor.
      const parent = spawnWatched(
        "sh",
        ["-c", `"${process.execPath}" "${binPath}" start & echo "pid=$!"; exec sleep 120`],
        { DATA_DIR: dataDir, PORT: String(await freePort()) },
      );
      running.push(parent);
      const [, pidText] = await parent.waitFor(/pid=(\d+)\n/);
      const killed = Number(pidText);
      await parent.waitFor(/mamori is running at/, 60_000);
      const lockFile = join(dataDir, LOCK_FILE_NAME);
      expect(lockPid(lockFile)).toBe(killed);
      process.kill(killed, "SIGKILL");
      for (let i = 0; procStat(killed)?.state !== "Z"; i++) {
        expect(i, "the killed instance never became a zombie").toBeLessThan(250);
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(lockPid(lockFile)).toBe(killed); // stale lock left, its PID still answers

      const port = await freePort();
      const again = start(port);
      await again.waitFor(/mamori is running at/, 60_000);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      expect(lockPid(lockFile)).toBe(again.child.pid);
      again.child.kill("SIGTERM");
      expect(await again.exited).toBe(0);
      expect(existsSync(lockFile)).toBe(false);
    },
    120_000,
  );
});
