// `mamori backup FILE` and `mamori restore FILE`. PGlite: only while the server is stopped
// (the data-folder lock says so); PostgreSQL: backup runs online, restore needs an empty database.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { backupDatabase, type TableCount } from "../db/backup.ts";
import { BackupFileError } from "../db/backup-format.ts";
import { RestoreFailedError, RestoreRefusedError, restoreDatabase } from "../db/restore.ts";
import { type Config, loadConfig } from "../server/config.ts";
import { restoredKeyNotice } from "./audit.ts";
import { CliError, safeErrorText } from "./errors.ts";
import { describeDatabase, withDatabase } from "./open.ts";

function printCounts(counts: TableCount[], print: (line: string) => void) {
  const width = Math.max(0, ...counts.map((c) => c.table.length));
  for (const c of counts) print(`  ${c.table.padEnd(width)}  ${c.rows}`);
  const total = counts.reduce((sum, c) => sum + c.rows, 0);
  print(`  ${"合計 / total".padEnd(width)}  ${total}`);
}

export async function backupCommand(
  file: string,
  config: Config = loadConfig(),
  print: (line: string) => void = console.log,
): Promise<void> {
  const target = resolve(file);
  await withDatabase(config, { mustExist: true }, async (database) => {
    const counts = await backupDatabase(database, target);
    print(`バックアップを作成しました / Backup written: ${target}`);
    print(`元 / Source: ${describeDatabase(database)}`);
    printCounts(counts, print);
    print(
      "このファイルには個人情報とパスワードのハッシュが含まれます（所有者のみ読み取り可、0600）。暗号化された保管先に置いてください。セッションと認証用の秘密鍵は含まれません（復元後は全員が再ログインします）。 / The file holds personal data and password hashes (readable by its owner only, mode 0600): keep it on encrypted storage. Sessions and the auth secret are left out (after a restore everyone signs in again).",
    );
  });
}

export async function restoreCommand(
  file: string,
  config: Config = loadConfig(),
  print: (line: string) => void = console.log,
): Promise<void> {
  const source = resolve(file);
  if (!existsSync(source)) {
    throw new CliError(`ファイル ${source} がありません / The file ${source} does not exist`);
  }
  await withDatabase(config, { mustExist: false }, async (database) => {
    let counts: TableCount[];
    try {
      counts = await restoreDatabase(database, source);
    } catch (e) {
      if (e instanceof RestoreRefusedError || e instanceof BackupFileError) {
        throw new CliError(e.message);
      }
      if (e instanceof RestoreFailedError) {
        // The database's error may quote the refused row: only its code and names are shown.
        throw new CliError(`${e.message}: ${safeErrorText(e.cause)}`);
      }
      throw e;
    }
    print(`復元しました / Restored: ${source}`);
    print(`先 / Target: ${describeDatabase(database)}`);
    printCounts(counts, print);
    // The backup holds no audit key: say so now rather than when the server refuses to start.
    const notice = await restoredKeyNotice(database, config);
    if (notice) print(notice);
  });
}
