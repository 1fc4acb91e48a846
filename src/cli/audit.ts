// `mamori audit verify [--org ID]`: recomputes the hash chain of every organization's audit
// trail (or one) and reports the first broken link.
import { asc, eq } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { type ChainCheck, verifyChain } from "../modules/audit/audit.service.ts";
import { organization } from "../modules/auth/auth.tables.ts";
import { type Config, loadConfig } from "../server/config.ts";
import { CliError } from "./errors.ts";
import { withDatabase } from "./open.ts";

export function formatCheck(check: ChainCheck): string {
  return check.ok
    ? `OK ${check.orgId} ${check.events} events`
    : `BROKEN ${check.orgId} at event #${check.brokenAt}: ${check.reason}`;
}

/** Verifies the chains and prints one line per organization; true when all are intact. */
export async function verifyAuditChains(
  database: Database,
  opts: { orgId?: string } = {},
  print: (line: string) => void = console.log,
): Promise<{ ok: boolean; checks: ChainCheck[] }> {
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
  const checks: ChainCheck[] = [];
  for (const { id } of orgs) {
    const check = await verifyChain(database.db, id);
    checks.push(check);
    print(formatCheck(check));
  }
  const broken = checks.filter((c) => !c.ok).length;
  print(
    broken === 0
      ? `監査ログは改ざんされていません（${checks.length} 組織） / All audit chains are intact (${checks.length} organizations)`
      : `監査ログの改ざんまたは欠落を検出しました（${broken} 組織） / Tampering or missing events found (${broken} organizations)`,
  );
  return { ok: broken === 0, checks };
}

/** `mamori audit verify [--org ID]`; true when every chain is intact. */
export async function auditVerifyCommand(
  orgId: string | undefined,
  config: Config = loadConfig(),
): Promise<boolean> {
  const result = await withDatabase(config, { mustExist: true }, (database) =>
    verifyAuditChains(database, orgId ? { orgId } : {}),
  );
  return result.ok;
}
