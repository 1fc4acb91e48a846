// PGlite does not lock its folder, and two processes on one folder silently lose rows.
// So the app takes its own lock file holding its PID; a lock whose process is gone is taken over.
// The file appears with its content already written (written beside it, then hard-linked into
// place), so another process never reads an empty lock and mistakes it for a stale one.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE_NAME = "mamori.lock";

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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

const liveHolder = (pid: number | null): pid is number =>
  pid !== null && pid !== process.pid && isAlive(pid);

/** Takes the lock or throws DataFolderLockedError. Returns a function that releases it. */
export function lockDataFolder(folder: string): () => void {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, LOCK_FILE_NAME);
  const pending = `${file}.${process.pid}.tmp`;
  writeFileSync(pending, String(process.pid));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(pending, file); // atomic: fails with EEXIST when a lock is already there
        let released = false;
        return () => {
          if (released) return;
          released = true;
          if (readHolder(file) === process.pid) rmSync(file, { force: true });
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      const holder = readHolder(file);
      if (liveHolder(holder)) throw new DataFolderLockedError(folder, holder);
      takeOverStale(folder, file);
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
  if (liveHolder(holder)) {
    try {
      linkSync(moved, file);
    } catch {
      // another process locked meanwhile; its lock stays
    }
    rmSync(moved, { force: true });
    throw new DataFolderLockedError(folder, holder);
  }
  rmSync(moved, { force: true });
}
