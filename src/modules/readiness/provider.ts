// Readiness providers: each capability owns its part of the readiness snapshot (a loader with
// a fixed number of statements), its rules (pure, in src/core), the recurring duties it can
// date from its records, and the audited entities it reads. The engine composes the providers
// registered by src/modules/capabilities.ts, in that order; a new capability adds a provider
// there and edits nothing here.
import type { CountBounds, ObligationSource, RowSummary } from "../../core/obligations/index.ts";
import type { ReadinessRule, ReadinessSnapshot } from "../../core/readiness/index.ts";
import type { Db } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import type { OrgContext } from "../../server/org-context.ts";

/** The snapshot while providers fill it in, in registry order. */
export type SnapshotDraft = { -readonly [K in keyof ReadinessSnapshot]?: ReadinessSnapshot[K] };

export type LoadAt = { today: string; lang: Lang };

/** A recurring duty (core/obligations) whose last doing the capability reads from its rows. */
export type DutySource = {
  source: Exclude<ObligationSource, "record">;
  summary(db: Db, orgId: string, bounds: CountBounds): Promise<RowSummary>;
};

export interface ReadinessProvider {
  /** Stable name, for messages and tests. */
  id: string;
  /**
   * The audited entities (audit event `entity`) whose writes can change what `load` returns.
   * The cached report is reused while the change counters of all of them stay the same, so a
   * missing entity means a stale report: list every table the loader reads.
   */
  reads: readonly string[];
  /**
   * Reads the capability's facts (a fixed number of statements, whatever the size) and returns
   * how they go into the snapshot. The loads run in parallel; the returned steps run in
   * registry order, so a step may read what an earlier provider put in (risks name their
   * example item from the register's items).
   */
  load(db: Db, ctx: OrgContext, at: LoadAt): Promise<(snapshot: SnapshotDraft) => void>;
  /** The capability's rules, evaluated in registry order (the report's order within a step). */
  rules: readonly ReadinessRule[];
  /** Recurring duties dated from this capability's records (the PDCA calendar). */
  duties?: readonly DutySource[];
}

let registered: readonly ReadinessProvider[] = [];
let entitiesRead: readonly string[] = [];

/** Called once by the capability registry. */
export function registerReadinessProviders(providers: readonly ReadinessProvider[]): void {
  registered = providers;
  // Creating an organization (and seeding the demo company into it) is audited on the
  // organization, so every report depends on it too.
  entitiesRead = [...new Set(["organization", ...providers.flatMap((p) => p.reads)])].sort();
}

/** The registered providers; throws before the registry has run (a wiring mistake). */
export function readinessProviders(): readonly ReadinessProvider[] {
  if (!registered.length) throw new Error("no readiness providers registered (capabilities.ts)");
  return registered;
}

/** Every audited entity some provider reads, plus "organization", sorted: the cache's key. */
export function readinessEntities(): readonly string[] {
  readinessProviders();
  return entitiesRead;
}

/** Every rule of every provider, in registry order. */
export function readinessRules(): ReadinessRule[] {
  return readinessProviders().flatMap((p) => p.rules);
}

const SNAPSHOT_FIELDS: readonly (keyof ReadinessSnapshot)[] = [
  "profile",
  "activeStaffCount",
  "appointments",
  "items",
  "riskMatrix",
  "riskGroups",
  "legal",
  "activities",
];

/**
 * The organization's snapshot from every provider. The reads run in parallel and are not one
 * transaction: a write landing between them is corrected by the next evaluation.
 */
export async function loadSnapshot(
  db: Db,
  ctx: OrgContext,
  at: LoadAt,
): Promise<ReadinessSnapshot> {
  const providers = readinessProviders();
  const steps = await Promise.all(providers.map((p) => p.load(db, ctx, at)));
  const draft: SnapshotDraft = {};
  for (const step of steps) step(draft);
  const missing = SNAPSHOT_FIELDS.filter((f) => draft[f] === undefined);
  if (missing.length) throw new Error(`readiness snapshot lacks ${missing.join(", ")}`);
  return draft as ReadinessSnapshot;
}
