// PGlite does not lock its folder, and two processes on one folder silently lose rows.
// So the app takes its own lock file naming its process; a lock whose process is gone is taken
// over. The file appears with its content already written (written beside it, then hard-linked
// into place), so another process never reads an empty lock and mistakes it for a stale one.
//
// The file holds the PID on its first line and, where /proc exists (Linux), the process start
// time on the second (field 22 of /proc/PID/stat, clock ticks since boot). A PID alone is not
// proof: right after `kill -9` the process lingers as a zombie until its parent reaps it, and a
// PID may be reused by another program. So a holder counts as alive only if its PID answers,
// it is not a zombie (state Z or X), and its start time, when recorded, is still the same. A
// holder that is exiting (SIGKILL pending or PF_EXITING set) is waited for, up to 3 seconds.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE_NAME = "mamori.lock";
/** How long a holder that is exiting is waited for before the folder is called in use. */
export const DYING_WAIT_MS = 3000;

export class DataFolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      `データフォルダ ${folder} は別のプロセス (PID ${pid}) が使用中です。そのプロセスを停止してから、もう一度実行してください。 / The data folder ${folder} is in use by another process (PID ${pid}). Stop it, then try again.`,
    );
  }
}

export type ProcStat = { state: string; flags: number; startTime: string };

const PF_EXITING = 0x4; // include/linux/sched.h: the process is getting shut down
const SIGKILL_BIT = 1n << 8n; // signal 9 in the SigPnd/ShdPnd masks

/** State, flags and start time of a process from /proc/PID/stat; null if unreadable. */
export function procStat(pid: number): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // Field 2 (the command name, in parentheses) may hold spaces and parentheses itself.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const state = fields[0]; // field 3
  const flags = Number(fields[6]); // field 9
  const startTime = fields[19]; // field 22
  if (!state || !startTime || !/^\d+$/.test(startTime)) return null;
  return { state, flags: Number.isFinite(flags) ? flags : 0, startTime };
}

function killPending(pid: number): boolean {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    for (const m of status.matchAll(/^(?:SigPnd|ShdPnd):\s*([0-9a-f]+)$/gm)) {
      if ((BigInt(`0x${m[1]}`) & SIGKILL_BIT) !== 0n) return true;
    }
  } catch {
    // no /proc, or the process is gone
  }
  return false;
}

type Holder = { pid: number; startTime: string | null };
type HolderState = "none" | "dead" | "alive" | "dying";

function pidAnswers(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holderState(holder: Holder | null): HolderState {
  if (holder === null) return "none";
  if (holder.pid === process.pid || !pidAnswers(holder.pid)) return "dead";
  const stat = procStat(holder.pid);
  if (stat === null) return "alive"; // no /proc (or hidden): the PID is all we can go by
  if (stat.state === "Z" || stat.state === "X") return "dead"; // exited, not yet reaped
  if (holder.startTime !== null && holder.startTime !== stat.startTime) return "dead"; // reused
  if ((stat.flags & PF_EXITING) !== 0 || killPending(holder.pid)) return "dying";
  return "alive";
}

function readHolder(file: string): Holder | null {
  try {
    const [first, second] = readFileSync(file, "utf8").split("\n");
    const pid = Number.parseInt(first?.trim() ?? "", 10);
    if (!Number.isInteger(pid) || pid <= 0) return null;
    const start = second?.trim() ?? "";
    return { pid, startTime: /^\d+$/.test(start) ? start : null };
  } catch {
    return null;
  }
}

/** The content of our lock file: PID, then the start time where /proc tells it. */
function lockContent(): string {
  const start = procStat(process.pid)?.startTime;
  return start ? `${process.pid}\n${start}\n` : String(process.pid);
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes the lock or throws DataFolderLockedError. Returns a function that releases it. */
export function lockDataFolder(folder: string): () => void {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, LOCK_FILE_NAME);
  const pending = `${file}.${process.pid}.tmp`;
  writeFileSync(pending, lockContent());
  const waitUntil = Date.now() + DYING_WAIT_MS;
  try {
    for (let attempt = 0; attempt < 5; ) {
      try {
        linkSync(pending, file); // atomic: fails with EEXIST when a lock is already there
        let released = false;
        return () => {
          if (released) return;
          released = true;
          if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      const holder = readHolder(file);
      const state = holderState(holder);
      if (state === "dying" && Date.now() < waitUntil) {
        sleepSync(50);
        continue;
      }
      if (holder && (state === "alive" || state === "dying")) {
        throw new DataFolderLockedError(folder, holder.pid);
      }
      takeOverStale(folder, file);
      attempt++;
    }
    throw new Error(
      `データフォルダ ${folder} をロックできませんでした / Could not lock the data folder ${folder}`,
    );
  } finally {
    rmSync(pending, { force: true });
  }
}

/**
 * Removes a lock left by a dead process. The file is first renamed away (only one of several
 * racing processes succeeds), then checked again: if a live process had just taken the lock,
 * it is put back and the caller is told the folder is in use.
 */
function takeOverStale(folder: string, file: string) {
  const moved = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, moved);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return; // someone else removed it
    throw e;
  }
  const holder = readHolder(moved);
  const state = holderState(holder);
  if (holder && (state === "alive" || state === "dying")) {
    try {
      linkSync(moved, file);
    } catch {
      // another process locked meanwhile; its lock stays
    }
    rmSync(moved, { force: true });
    throw new DataFolderLockedError(folder, holder.pid);
  }
  rmSync(moved, { force: true });
}
