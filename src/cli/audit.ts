// `mamori audit verify [--org ID] [--anchor FILE]`: checks the keyed chain of every
// organization's audit trail (or one), and with an anchor also each anchored head; one line
// per problem, in Japanese and English. `mamori audit anchor FILE`: writes the current heads,
// signed with the audit key, to keep outside the database.
// Both first get the trail ready (audit-setup.ts): the key, and old unkeyed chains upgraded.
import { chmodSync, existsSync, linkSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { translate } from "../i18n/messages.ts";
import {
  type AnchorFile,
  AnchorFormatError,
  anchorSignatureValid,
  checkAnchoredHead,
  currentHeads,
  parseAnchor,
  signAnchor,
} from "../modules/audit/audit-anchor.ts";
import type { AuditKey } from "../modules/audit/audit-hash.ts";
import {
  AuditKeyError,
  auditKeyPath,
  currentAuditKey,
  findAuditKey,
} from "../modules/audit/audit-key.ts";
import { type AuditSetup, prepareAuditTrail } from "../modules/audit/audit-setup.ts";
import { type AuditProblem, type ChainCheck, verifyChain } from "../modules/audit/audit-verify.ts";
import { organization } from "../modules/auth/auth.tables.ts";
import { type Config, loadConfig } from "../server/config.ts";
import { CliError } from "./errors.ts";
import { withDatabase } from "./open.ts";

type Print = (line: string) => void;

/** "BROKEN <org> at event #3: 日本語 / English", one line per problem. */
export function problemLine(p: AuditProblem, anchorPath?: string): string {
  const text = `${translate(p.code, "ja", p.params)} / ${translate(p.code, "en", p.params)}`;
  if (p.kind === "anchor_signature") return `BROKEN anchor ${anchorPath ?? ""}: ${text}`;
  const where =
    p.from !== undefined
      ? p.from === p.to
        ? ` at event #${p.from}`
        : ` at events #${p.from}–#${p.to}`
      : p.kind.startsWith("anchor_")
        ? " against the anchor"
        : p.kind === "other_key"
          ? ""
          : " at the head";
  return `BROKEN ${p.orgId}${where}: ${text}`;
}

export function formatCheck(check: ChainCheck, anchorPath?: string): string[] {
  return check.problems.length === 0
    ? [`OK ${check.orgId} ${check.events} events`]
    : check.problems.map((p) => problemLine(p, anchorPath));
}

/** Lines about what getting the trail ready did (key file created, old chains upgraded). */
export function setupLines(setup: AuditSetup): string[] {
  const lines: string[] = [];
  if (setup.created)
    lines.push(`監査ログの鍵ファイルを作成しました / Created the audit key file: ${setup.source}`);
  if (setup.looseMode)
    lines.push(
      `鍵ファイルをほかのユーザーが読めます（chmod 600 にしてください） / The key file can be read by other users (chmod 600 it): ${setup.source}`,
    );
  for (const u of setup.upgraded)
    lines.push(
      `旧方式のチェーンを確認し、鍵付きに作り直しました / Verified the old unkeyed chain and re-made it with the key: ${u.orgId} (${u.events} events)`,
    );
  for (const b of setup.leftUnkeyed)
    lines.push(
      `旧方式のチェーンが壊れているため、そのままにしました / The old unkeyed chain is broken and was left as it is: ${b.orgId} at event #${b.brokenAt}: ${b.reason}`,
    );
  return lines;
}

export type VerifyOptions = {
  orgId?: string;
  /** A parsed anchor file and its path (for messages). */
  anchor?: { file: AnchorFile; path: string };
  /** The loaded key by default. */
  key?: AuditKey;
};

/** Verifies the chains (and the anchor) and prints one line per problem; ok when none. */
export async function verifyAuditChains(
  database: Database,
  opts: VerifyOptions = {},
  print: Print = console.log,
): Promise<{ ok: boolean; checks: ChainCheck[]; problems: AuditProblem[] }> {
  const key = opts.key ?? currentAuditKey();
  const orgs = await database.db
    .select({ id: organization.id })
    .from(organization)
    .where(opts.orgId ? eq(organization.id, opts.orgId) : undefined)
    .orderBy(asc(organization.id));
  if (opts.orgId && orgs.length === 0) {
    throw new CliError(
      `組織 ${opts.orgId} が見つかりません / Organization ${opts.orgId} not found`,
    );
  }
  const problems: AuditProblem[] = [];
  const anchorPath = opts.anchor?.path;
  let anchored: AnchorFile["heads"] | null = null;
  if (opts.anchor) {
    if (anchorSignatureValid(key, opts.anchor.file)) anchored = opts.anchor.file.heads;
    else {
      const bad: AuditProblem = {
        kind: "anchor_signature",
        code: "AUDIT_ANCHOR_SIGNATURE",
        orgId: null,
      };
      problems.push(bad);
      print(problemLine(bad, anchorPath));
    }
  }
  const checks: ChainCheck[] = [];
  for (const { id } of orgs) {
    const check = await verifyChain(database.db, id, key);
    const head = anchored?.find((h) => h.orgId === id);
    if (head) check.problems.push(...(await checkAnchoredHead(database.db, head)));
    else if (anchored && opts.orgId)
      check.problems.push({ kind: "anchor_missing", code: "AUDIT_ANCHOR_NO_ORG", orgId: id });
    check.ok = check.problems.length === 0;
    checks.push(check);
    problems.push(...check.problems);
    for (const line of formatCheck(check, anchorPath)) print(line);
  }
  // Anchored organizations that are gone from the database.
  if (anchored && !opts.orgId) {
    for (const head of anchored.filter((h) => !orgs.some((o) => o.id === h.orgId))) {
      const gone = await checkAnchoredHead(database.db, head);
      problems.push(...gone);
      for (const p of gone) print(problemLine(p, anchorPath));
    }
  }
  const broken = new Set(problems.map((p) => p.orgId).filter((id) => id !== null)).size;
  const against = opts.anchor ? "（アンカーと照合）" : "";
  const againstEn = opts.anchor ? ", checked against the anchor" : "";
  print(
    problems.length === 0
      ? `監査ログは改ざんされていません${against}（${checks.length} 組織） / All audit chains are intact (${checks.length} organizations${againstEn})`
      : `監査ログの改ざんまたは欠落を検出しました（${broken} 組織） / Tampering or missing events found (${broken} organizations)`,
  );
  return { ok: problems.length === 0, checks, problems };
}

function readAnchorFile(path: string): { file: AnchorFile; path: string } {
  const full = resolve(path);
  if (!existsSync(full)) {
    throw new CliError(`ファイル ${full} がありません / The file ${full} does not exist`);
  }
  try {
    return { file: parseAnchor(readFileSync(full, "utf8"), full), path: full };
  } catch (e) {
    if (e instanceof AnchorFormatError) throw new CliError(e.message);
    throw e;
  }
}

/** SQLSTATE 42703: the audit columns of migration 0009 are not there yet. */
function beforeMigration(e: unknown): boolean {
  for (let c = e; c && typeof c === "object"; c = (c as { cause?: unknown }).cause) {
    if ((c as { code?: unknown }).code === "42703") return true;
  }
  return false;
}

async function prepare(database: Database, config: Config, strict: boolean, print: Print) {
  try {
    const setup = await prepareAuditTrail(database, config, { strict });
    for (const line of setupLines(setup)) print(line);
    return setup;
  } catch (e) {
    if (e instanceof AuditKeyError) throw new CliError(e.message);
    if (beforeMigration(e)) {
      throw new CliError(
        "データベースが古い形のままです。先に mamori migrate を実行してください / The database is not up to date: run mamori migrate first",
      );
    }
    throw e;
  }
}

/** `mamori audit verify [--org ID] [--anchor FILE]`; true when nothing is wrong. */
export async function auditVerifyCommand(
  opts: { orgId?: string; anchor?: string },
  config: Config = loadConfig(),
  print: Print = console.log,
): Promise<boolean> {
  const anchor = opts.anchor ? readAnchorFile(opts.anchor) : undefined;
  const result = await withDatabase(config, { mustExist: true }, async (database) => {
    const setup = await prepare(database, config, false, print);
    return verifyAuditChains(
      database,
      {
        ...(opts.orgId ? { orgId: opts.orgId } : {}),
        ...(anchor ? { anchor } : {}),
        key: setup.key,
      },
      print,
    );
  });
  return result.ok;
}

/** Writes `text` to a new file readable by its owner only; an existing file is not replaced. */
function writePrivateFile(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600, flag: "wx" });
  try {
    chmodSync(tmp, 0o600);
    linkSync(tmp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") {
      throw new CliError(`ファイル ${path} は既にあります / The file ${path} already exists`);
    }
    throw e;
  } finally {
    unlinkSync(tmp);
  }
}

/**
 * `mamori audit anchor FILE`: verifies every chain, then writes the heads of the intact ones,
 * signed with the key, to FILE (mode 0600). A broken chain is left out and reported (exit 1).
 */
export async function auditAnchorCommand(
  path: string,
  config: Config = loadConfig(),
  print: Print = console.log,
): Promise<boolean> {
  const target = resolve(path);
  if (existsSync(target)) {
    throw new CliError(`ファイル ${target} は既にあります / The file ${target} already exists`);
  }
  return withDatabase(config, { mustExist: true }, async (database) => {
    const setup = await prepare(database, config, true, print);
    const { checks } = await verifyAuditChains(database, { key: setup.key }, print);
    const intact = checks.filter((c) => c.ok).map((c) => c.orgId);
    const heads = await currentHeads(database.db, intact);
    const file = signAnchor(setup.key, heads);
    writePrivateFile(target, `${JSON.stringify(file, null, 2)}\n`);
    for (const h of heads) print(`ANCHOR ${h.orgId} #${h.seq} ${h.hash}`);
    const left = checks.filter((c) => !c.ok).map((c) => c.orgId);
    if (left.length)
      print(
        `改ざんまたは欠落のある組織はアンカーに含めていません / Left out of the anchor (tampering or missing events): ${left.join(", ")}`,
      );
    print(
      `アンカーを書きました（${heads.length} 組織） / Anchor written (${heads.length} organizations): ${target}`,
    );
    return left.length === 0;
  });
}

/**
 * For `mamori restore`: when the restored trail is keyed but this machine has no key, or
 * another one, says so (the server would refuse to start); null when all is well.
 */
export async function restoredKeyNotice(
  database: Database,
  config: Pick<Config, "auditKey" | "dataDir">,
): Promise<string | null> {
  const rows = await database.query<{ key_id: string | null }>(
    "select distinct key_id from audit_head where mac is not null",
  );
  if (rows.length === 0) return null;
  const ids = rows.map((r) => r.key_id ?? "?");
  const path = auditKeyPath(config, database);
  let found: ReturnType<typeof findAuditKey>;
  try {
    found = findAuditKey(config, path);
  } catch (e) {
    if (e instanceof AuditKeyError) return e.message;
    throw e;
  }
  if (found && ids.every((id) => id === found.key.id)) return null;
  return `注意: 監査ログは鍵（鍵 ID ${ids.join(", ")}）で保護されています。起動の前に、バックアップとは別に保管した鍵を ${path} に置くか AUDIT_KEY に設定してください / Note: the audit trail is keyed (key id ${ids.join(", ")}); before starting, put the key kept apart from the backup at ${path} or in AUDIT_KEY`;
}
