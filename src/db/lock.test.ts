import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataFolderLockedError, LOCK_FILE_NAME, lockDataFolder } from "./lock.ts";

function spawnIdle(): ChildProcess {
  return spawn(process.execPath, ["-e", "setInterval(()=>{},1000)"], { stdio: "ignore" });
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
    expect(readFileSync(file, "utf8")).toBe(String(process.pid));
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
    expect(readFileSync(join(folder, LOCK_FILE_NAME), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(join(folder, LOCK_FILE_NAME))).toBe(false);
  });

  it("takes over an empty or unreadable lock file", () => {
    writeFileSync(join(folder, LOCK_FILE_NAME), "");
    const release = lockDataFolder(folder);
    expect(readFileSync(join(folder, LOCK_FILE_NAME), "utf8")).toBe(String(process.pid));
    release();
  });

  it("does not remove a lock that another process took after ours was released", () => {
    const release = lockDataFolder(folder);
    const other = spawnIdle();
    children.push(other);
    writeFileSync(join(folder, LOCK_FILE_NAME), String(other.pid)); // replaced behind our back
    release();
    expect(readFileSync(join(folder, LOCK_FILE_NAME), "utf8")).toBe(String(other.pid));
  });
});
