import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataFolderLockedError, LOCK_FILE_NAME, lockDataFolder, procStat } from "./lock.ts";

function spawnIdle(): ChildProcess {
  return spawn(process.execPath, ["-e", "setInterval(()=>{},1000)"], { stdio: "ignore" });
}

const hasProc = procStat(process.pid) !== null;
const lockPid = (folder: string) =>
  readFileSync(join(folder, LOCK_FILE_NAME), "utf8").split("\n")[0];

/** Waits (polling) until `check` holds, up to `ms`. */
async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * A real zombie: `sh` starts `sleep 0.05` in the background, prints its PID, then becomes
 * `sleep 30`, which never reaps the child; once that child exits it stays in state Z.
 */
async function spawnZombie(): Promise<{ parent: ChildProcess; zombie: number }> {
  const parent = spawn("sh", ["-c", "sleep 0.05 & echo $!; exec sleep 30"], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  const [chunk] = (await once(parent.stdout as NodeJS.ReadableStream, "data")) as [Buffer];
  const zombie = Number.parseInt(chunk.toString("utf8"), 10);
  await until(() => procStat(zombie)?.state === "Z");
  return { parent, zombie };
}

describe("data-folder lock", () => {
  let folder: string;
  const children: ChildProcess[] = [];
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "mamori-lock-"));
  });
  afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
    rmSync(folder, { recursive: true, force: true });
  });

  it("writes our PID and removes the file on release", () => {
    const release = lockDataFolder(folder);
    const file = join(folder, LOCK_FILE_NAME);
    expect(lockPid(folder)).toBe(String(process.pid));
    if (hasProc) {
      // the second line is our start time, as /proc tells it
      expect(readFileSync(file, "utf8")).toBe(
        `${process.pid}\n${procStat(process.pid)?.startTime}\n`,
      );
    }
    release();
    expect(existsSync(file)).toBe(false);
    release(); // a second call is harmless
    const again = lockDataFolder(folder);
    again();
  });

  it("refuses a folder held by a live process, naming the folder and its PID", () => {
    const holder = spawnIdle();
    children.push(holder);
    expect(holder.pid).toBeTypeOf("number");
    writeFileSync(join(folder, LOCK_FILE_NAME), String(holder.pid));
    let error: unknown;
    try {
      lockDataFolder(folder);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataFolderLockedError);
    const locked = error as DataFolderLockedError;
    expect(locked.pid).toBe(holder.pid);
    expect(locked.folder).toBe(folder);
    expect(locked.message).toContain(folder);
    expect(locked.message).toContain(`PID ${holder.pid}`);
    // the holder's lock is left in place
    expect(readFileSync(join(folder, LOCK_FILE_NAME), "utf8")).toBe(String(holder.pid));
  });

  it("refuses a second lock taken in this process while the first is held by another", () => {
    const holder = spawnIdle();
    children.push(holder);
    writeFileSync(join(folder, LOCK_FILE_NAME), `${holder.pid}\n`);
    expect(() => lockDataFolder(folder)).toThrow(DataFolderLockedError);
    expect(() => lockDataFolder(folder)).toThrow(DataFolderLockedError);
  });

  it("takes over a lock left by a dead process", async () => {
    const dead = spawnIdle();
    const exited = once(dead, "exit");
    dead.kill("SIGKILL");
    await exited;
    writeFileSync(join(folder, LOCK_FILE_NAME), String(dead.pid));
    const release = lockDataFolder(folder);
    expect(lockPid(folder)).toBe(String(process.pid));
    release();
    expect(existsSync(join(folder, LOCK_FILE_NAME))).toBe(false);
  });

  it("takes over an empty or unreadable lock file", () => {
    writeFileSync(join(folder, LOCK_FILE_NAME), "");
    const release = lockDataFolder(folder);
    expect(lockPid(folder)).toBe(String(process.pid));
    release();
  });

  it("refuses a live holder whose recorded start time matches, without waiting", () => {
    const holder = spawnIdle();
    children.push(holder);
    const pid = holder.pid as number;
    const start = procStat(pid)?.startTime ?? "";
    writeFileSync(join(folder, LOCK_FILE_NAME), `${pid}\n${start}\n`);
    const began = Date.now();
    const error = (() => {
      try {
        lockDataFolder(folder);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataFolderLockedError);
    expect((error as DataFolderLockedError).pid).toBe(pid);
    expect((error as Error).message).toContain(`PID ${pid}`);
    expect(Date.now() - began).toBeLessThan(1000);
    expect(lockPid(folder)).toBe(String(pid));
  });

  it.skipIf(!hasProc)("takes over a lock whose PID now belongs to another process", () => {
    const other = spawnIdle(); // alive, but not the process that wrote the lock
    children.push(other);
    const pid = other.pid as number;
    const start = Number(procStat(pid)?.startTime) - 1;
    writeFileSync(join(folder, LOCK_FILE_NAME), `${pid}\n${start}\n`);
    const release = lockDataFolder(folder);
    expect(lockPid(folder)).toBe(String(process.pid));
    release();
    expect(other.exitCode).toBeNull(); // left alone
  });

  it.skipIf(!hasProc)("takes over a lock held by a zombie (exited, not yet reaped)", async () => {
    const { parent, zombie } = await spawnZombie();
    children.push(parent);
    expect(() => process.kill(zombie, 0)).not.toThrow(); // the PID still answers
    writeFileSync(join(folder, LOCK_FILE_NAME), `${zombie}\n`);
    const release = lockDataFolder(folder);
    expect(lockPid(folder)).toBe(String(process.pid));
    release();
  });

  it("takes over at once after SIGKILL, before the holder is reaped", () => {
    // lockDataFolder runs synchronously right after kill(): the child is still exiting or a
    // zombie (node reaps it only later, from its event loop).
    for (let i = 0; i < 3; i++) {
      const holder = spawnIdle();
      children.push(holder);
      const pid = holder.pid as number;
      const start = procStat(pid)?.startTime;
      writeFileSync(join(folder, LOCK_FILE_NAME), start ? `${pid}\n${start}\n` : `${pid}`);
      holder.kill("SIGKILL");
      const release = lockDataFolder(folder);
      expect(lockPid(folder)).toBe(String(process.pid));
      release();
    }
  });

  it("does not remove a lock that another process took after ours was released", () => {
    const release = lockDataFolder(folder);
    const other = spawnIdle();
    children.push(other);
    writeFileSync(join(folder, LOCK_FILE_NAME), String(other.pid)); // replaced behind our back
    release();
    expect(lockPid(folder)).toBe(String(other.pid));
  });
});
