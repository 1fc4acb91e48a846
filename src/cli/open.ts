// Opening the database for a command: for PGlite the data-folder lock is taken first (a
// running server holds it, so commands refuse instead of corrupting its data), then released.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Database, openDatabase } from "../db/client.ts";
import { lockDataFolder } from "../db/lock.ts";
import type { Config } from "../server/config.ts";
import { CliError } from "./errors.ts";

export function pgliteExists(dataDir: string): boolean {
  return existsSync(join(dataDir, "pgdata", "PG_VERSION"));
}

/** Where the data lives, for messages: "PGlite (folder)" or "PostgreSQL (redacted URL)". */
export function describeDatabase(database: Pick<Database, "kind" | "location">): string {
  return database.kind === "pglite"
    ? `PGlite（組み込み / embedded）: ${database.location}`
    : `PostgreSQL: ${database.location}`;
}

/**
 * Runs `fn` on the database of `config`. With `mustExist`, a PGlite folder without a database
 * is refused (instead of creating an empty one).
 */
export async function withDatabase<T>(
  config: Config,
  opts: { mustExist: boolean },
  fn: (database: Database) => Promise<T>,
): Promise<T> {
  let release = () => {};
  if (!config.databaseUrl) {
    if (opts.mustExist && !pgliteExists(config.dataDir)) {
      throw new CliError(
        `データフォルダ ${config.dataDir} にデータベースがありません（DATA_DIR を確認してください） / There is no database in the data folder ${config.dataDir} (check DATA_DIR)`,
      );
    }
    release = lockDataFolder(config.dataDir);
  }
  const onExit = () => release();
  process.on("exit", onExit);
  try {
    const database = await openDatabase(config);
    try {
      return await fn(database);
    } finally {
      await database.close();
    }
  } finally {
    release();
    process.off("exit", onExit);
  }
}
