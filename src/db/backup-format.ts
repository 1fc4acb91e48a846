// The backup file: gzip'd JSON Lines. A header line, then for each table a line
// {table, columns, rows} followed by exactly `rows` lines (one JSON object per row), then a
// trailer {end: true, rows}. Reading checks the structure and every count, so a truncated or
// corrupt file is refused before anything is written. Sessions, verification values and the
// auth secret are left out (EXCLUDED_TABLES, EXCLUDED_ROWS); the file still holds personal data
// and password hashes, so it is written readable by its owner only (mode 0600).
import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";

export const BACKUP_FORMAT = "mamori-backup";
export const BACKUP_VERSION = 1;

/**
 * Tables never written to a backup, and skipped when restoring an older one that has them:
 * sessions (their tokens sign in as their user) and verification values. A restore signs
 * everyone out; users sign in again with their passwords (the `account` table is kept).
 * Queued mails' link secrets (mail_secret) are left out too: a restored mail that needed one
 * fails as such instead of sending a link (docs/architecture.md "### Mail").
 */
export const EXCLUDED_TABLES: ReadonlySet<string> = new Set([
  "public.session",
  "public.verification",
  "public.mail_secret",
]);

/**
 * Rows never written to a backup, nor restored from an older one: the instance's auth signing
 * secret (`authSecret()` in server/auth.ts makes a new one on the first start after a restore).
 */
export const EXCLUDED_ROWS: Readonly<Record<string, { column: string; values: string[] }>> = {
  "public.instance_setting": { column: "key", values: ["auth_secret"] },
};

/** Whether a row (its JSON text as in the file) of `table` is left out. */
export function isExcludedRow(table: string, line: string): boolean {
  const rule = EXCLUDED_ROWS[table];
  if (!rule) return false;
  const value = (JSON.parse(line) as Record<string, unknown>)[rule.column];
  return typeof value === "string" && rule.values.includes(value);
}

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  databaseKind: "pglite" | "postgres";
  /** Hashes of the migrations applied to the backed-up database, oldest first. */
  migrations: string[];
  tables: { table: string; rows: number }[];
};
export type TableSection = {
  table: string;
  columns: { name: string; type: string }[];
  rows: number;
};
export type Trailer = { end: true; rows: number };

export class BackupFileError extends Error {
  constructor(file: string, detail: string) {
    super(
      `バックアップファイル ${file} は使えません（壊れているか、途中で切れています）: ${detail} / The backup file ${file} cannot be used (corrupt or truncated): ${detail}`,
    );
  }
}

async function* linesOf(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on("error", (e) => gunzip.destroy(e));
  source.pipe(gunzip);
  const decoder = new StringDecoder("utf8");
  // The unfinished line as pieces: a row holding an attached file is megabytes long, and
  // joining and splitting it again at every 16 kB chunk would take time quadratic in its size.
  let pending: string[] = [];
  try {
    for await (const chunk of gunzip) {
      const text = decoder.write(chunk as Buffer);
      let start = 0;
      for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
        pending.push(text.slice(start, nl));
        yield pending.join("");
        pending = [];
        start = nl + 1;
      }
      if (start < text.length) pending.push(text.slice(start));
    }
    const rest = pending.join("") + decoder.end();
    if (rest !== "") yield rest;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

export type BackupEvent =
  | { kind: "header"; header: BackupHeader }
  | { kind: "table"; section: TableSection }
  | { kind: "rows"; section: TableSection; lines: string[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A batch of rows ends early at this many characters (rows holding files are large). */
export const BATCH_CHARS = 16 * 1024 * 1024;

/**
 * Reads a backup, checking its structure. Rows come in batches of `batch` lines (fewer past
 * BATCH_CHARS, so a table of attached files never makes one huge statement), as the JSON
 * text written by the database (never re-encoded, so numbers and timestamps stay exact);
 * with `checkRows` every row line is also parsed to prove it is a JSON object.
 */
export async function* readBackup(
  file: string,
  opts: { batch?: number; checkRows?: boolean } = {},
): AsyncGenerator<BackupEvent> {
  const batch = opts.batch ?? 1000;
  const it = linesOf(file);
  try {
    yield* parseBackup(file, it, batch, opts.checkRows ?? false);
  } finally {
    await it.return(undefined);
  }
}

async function* parseBackup(
  file: string,
  it: AsyncGenerator<string>,
  batch: number,
  checkRows: boolean,
): AsyncGenerator<BackupEvent> {
  const fail = (detail: string) => new BackupFileError(file, detail);
  let lineNo = 0;
  const next = async (what: string): Promise<string> => {
    let r: IteratorResult<string>;
    try {
      r = await it.next();
    } catch (e) {
      throw fail(`${(e as Error).message} (line ${lineNo + 1})`);
    }
    if (r.done) throw fail(`unexpected end of file, expected ${what} at line ${lineNo + 1}`);
    lineNo++;
    return r.value;
  };
  const json = (text: string, what: string): Record<string, unknown> => {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch {
      throw fail(`line ${lineNo} is not JSON (${what})`);
    }
    if (!isObject(v)) throw fail(`line ${lineNo} is not a JSON object (${what})`);
    return v;
  };

  const header = json(await next("the header"), "header") as unknown as BackupHeader;
  if (header.format !== BACKUP_FORMAT) throw fail("not a mamori backup (format)");
  if (header.version !== BACKUP_VERSION) {
    throw fail(`format version ${header.version} is not supported (expected ${BACKUP_VERSION})`);
  }
  if (!Array.isArray(header.tables) || !Array.isArray(header.migrations)) {
    throw fail("header lacks tables or migrations");
  }
  yield { kind: "header", header };

  let total = 0;
  for (const expected of header.tables) {
    const section = json(await next(`table ${expected.table}`), "table") as TableSection;
    if (section.table !== expected.table || section.rows !== expected.rows) {
      throw fail(`line ${lineNo}: expected table ${expected.table} with ${expected.rows} rows`);
    }
    if (!Array.isArray(section.columns)) throw fail(`line ${lineNo}: table without columns`);
    yield { kind: "table", section };
    let lines: string[] = [];
    let chars = 0;
    for (let i = 0; i < section.rows; i++) {
      const line = await next(`row ${i + 1} of ${section.rows} of ${section.table}`);
      if (checkRows) json(line, `row of ${section.table}`);
      lines.push(line);
      chars += line.length;
      if (lines.length >= batch || chars >= BATCH_CHARS) {
        yield { kind: "rows", section, lines };
        lines = [];
        chars = 0;
      }
    }
    if (lines.length > 0) yield { kind: "rows", section, lines };
    total += section.rows;
  }
  const trailer = json(await next("the end marker"), "end marker") as unknown as Trailer;
  if (trailer.end !== true || trailer.rows !== total) throw fail("end marker does not match");
  for (;;) {
    let r: IteratorResult<string>;
    try {
      r = await it.next();
    } catch (e) {
      throw fail((e as Error).message);
    }
    if (r.done) break;
    if (r.value.trim() !== "") throw fail(`unexpected data after the end marker`);
  }
}

/** Reads the whole file once, checking every line; returns its header. */
export async function checkBackupFile(file: string): Promise<BackupHeader> {
  let header: BackupHeader | undefined;
  for await (const event of readBackup(file, { checkRows: true })) {
    if (event.kind === "header") header = event.header;
  }
  if (!header) throw new BackupFileError(file, "no header");
  return header;
}
