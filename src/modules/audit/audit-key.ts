// Where the audit chain's key comes from, and the one key this process appends with.
// The key never goes into the database, a backup, a log line or an error message: only its
// fingerprint (key id) does. Sources, in order:
//   1. AUDIT_KEY (config.auditKey): needed when several machines share one PostgreSQL;
//   2. the file audit.key in the data folder (DATA_DIR; the PGlite folder itself), created on
//      first use with mode 0600 when no audit chain is keyed yet.
// A database whose chains are keyed but no key is found (e.g. restored onto a new machine
// without copying the key) is refused rather than given a new key: see audit-setup.ts.
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  linkSync,
  mkdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import type { Database } from "../../db/client.ts";
import type { Config } from "../../server/config.ts";
import { type AuditKey, MIN_KEY_LENGTH, makeAuditKey } from "./audit-hash.ts";

export const AUDIT_KEY_FILE = "audit.key";

/** A key that cannot be used (too short, missing, another key's chain); message in ja / en. */
export class AuditKeyError extends Error {
  override name = "AuditKeyError";
}

/** DATA_DIR/audit.key: the PGlite data folder, or DATA_DIR when the database is PostgreSQL. */
export function auditKeyPath(
  config: Pick<Config, "dataDir">,
  database: Pick<Database, "kind" | "location">,
): string {
  return join(database.kind === "pglite" ? database.location : config.dataDir, AUDIT_KEY_FILE);
}

export type FoundKey = {
  key: AuditKey;
  /** Where it came from, for messages (never the key itself). */
  source: "AUDIT_KEY" | string;
  /** The key file can be read by other users than its owner. */
  looseMode?: boolean;
};

function checked(material: string, where: string): AuditKey {
  if (material.length < MIN_KEY_LENGTH) {
    throw new AuditKeyError(
      `${where} の監査ログ鍵が短すぎます（${MIN_KEY_LENGTH} 文字以上。例: openssl rand -hex 32） / The audit key in ${where} is too short (at least ${MIN_KEY_LENGTH} characters, e.g. openssl rand -hex 32)`,
    );
  }
  return makeAuditKey(material);
}

/** The key from AUDIT_KEY or the key file, or null when there is neither. */
export function findAuditKey(config: Pick<Config, "auditKey">, path: string): FoundKey | null {
  if (config.auditKey?.trim())
    return { key: checked(config.auditKey.trim(), "AUDIT_KEY"), source: "AUDIT_KEY" };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
  const looseMode = process.platform !== "win32" && (statSync(path).mode & 0o077) !== 0;
  return { key: checked(text.trim(), path), source: path, ...(looseMode ? { looseMode } : {}) };
}

/**
 * Creates the key file (32 random bytes, hex, mode 0600). Written to a temporary name and
 * linked into place, so a second process starting at the same time either wins or reads the
 * complete file of the first, never half of it.
 */
export function createAuditKeyFile(path: string): FoundKey {
  mkdirSync(join(path, ".."), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(tmp, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
  try {
    chmodSync(tmp, 0o600);
    linkSync(tmp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  } finally {
    unlinkSync(tmp);
  }
  const found = findAuditKey({}, path);
  if (!found) throw new Error(`${path} vanished`);
  return found;
}

// The key appends use. Set once at start by buildApp (startAuditTrail) or by a CLI command;
// appendAuditMany is called from every service with (tx, ctx, inputs) and reads it here.
let current: AuditKey | null = null;

export function setAuditKey(key: AuditKey | null): void {
  current = key;
}

export function currentAuditKey(): AuditKey {
  if (!current) throw new Error("The audit key is not loaded (buildApp or the CLI loads it)");
  return current;
}
