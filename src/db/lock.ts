// PGlite does not lock its folder, and two processes on one folder silently lose rows.
// So the app takes its own lock file holding its PID; a lock whose process is gone is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

export class DataFolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      `データフォルダ ${folder} は別のプロセス (PID ${pid}) が使用中です。そのプロセスを停止してから起動してください。 / The data folder ${folder} is in use by another process (PID ${pid}). Stop it before starting mamori.`,
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

/** Takes the lock or throws DataFolderLockedError. Returns a function that releases it. */
export function lockDataFolder(folder: string): () => void {
  const file = join(folder, "mamori.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DataFolderLockedError(folder, holder);
      }
      rmSync(file, { force: true }); // left by a dead process (or unreadable): take it over
    }
  }
  throw new Error(`could not lock ${folder}`);
}
