// 法令等一覧 (legal register): the laws and guidelines the organization follows, picked from the
// shipped catalogue or its own, linked to register items and departments, checked yearly.
import { randomUUID } from "node:crypto";
import {
  and,
  asc,
  count,
  eq,
  exists,
  ilike,
  inArray,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import {
  baselineLawEntries,
  getLawEntry,
  LAW_CATALOGUE,
} from "../../core/registers/law-catalogue.ts";
import { reviewCutoff } from "../../core/review-cycle.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import { conflict, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, appendAuditMany, diffFields } from "../audit/index.ts";
import { escapeLike } from "../shared/sql-helpers.ts";
import type {
  LegalListQuery,
  LegalRequirementInput,
  LegalRequirementOut,
  LegalRequirementPatch,
  MarkCheckedInput,
} from "./legal.contract.ts";
import {
  checkLinkIds,
  type LegalRow,
  loadLinks,
  present,
  unknownLaw,
  writeLinks,
} from "./legal.present.ts";
import {
  legalRequirement,
  legalRequirementDepartment,
  legalRequirementItem,
} from "./legal.tables.ts";

const ENTITY = "legal_requirement";
const DUPLICATE = "LEGAL_REQUIREMENT_DUPLICATE";
const T = legalRequirement;

/** Catalogue position of a row's lawId (own entries after every catalogue entry). */
// Positions are literals: as parameters they would be typed text and sort "10" before "2".
const catalogueOrder = sql`case ${T.lawId} ${sql.join(
  LAW_CATALOGUE.map((e, i) => sql`when ${e.id} then ${sql.raw(String(i))}`),
  sql` `,
)} else ${sql.raw(String(LAW_CATALOGUE.length))} end`;

const displayName = (lang: Lang) =>
  sql`coalesce(${T.name}, case ${T.lawId} ${sql.join(
    LAW_CATALOGUE.map((e) => sql`when ${e.id} then ${e.name[lang]}`),
    sql` `,
  )} end)`;

/** Catalogue ids whose names contain the search term, in either language. */
function catalogueMatches(term: string): string[] {
  const t = term.toLowerCase();
  return LAW_CATALOGUE.filter((e) =>
    [e.name.ja, e.name.en, e.formalName?.ja, e.formalName?.en].some((n) =>
      n?.toLowerCase().includes(t),
    ),
  ).map((e) => e.id);
}

export async function listLegalRequirements(
  db: Db,
  ctx: OrgContext,
  q: LegalListQuery,
  lang: Lang,
  today = todayInJapan(),
) {
  const where: SQL[] = [eq(T.orgId, ctx.orgId)];
  if (q.q) {
    const term = `%${escapeLike(q.q)}%`;
    const matches = catalogueMatches(q.q);
    where.push(
      or(
        ilike(T.name, term),
        ilike(T.articles, term),
        ilike(T.obligations, term),
        ...(matches.length ? [inArray(T.lawId, matches)] : []),
      ) as SQL,
    );
  }
  if (q.itemId) {
    const link = legalRequirementItem;
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(link)
          .where(
            and(eq(link.orgId, T.orgId), eq(link.requirementId, T.id), eq(link.itemId, q.itemId)),
          ),
      ),
    );
  }
  if (q.departmentId) {
    const link = legalRequirementDepartment;
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(link)
          .where(
            and(
              eq(link.orgId, T.orgId),
              eq(link.requirementId, T.id),
              eq(link.departmentId, q.departmentId),
            ),
          ),
      ),
    );
  }
  if (q.linked !== undefined) {
    const item = legalRequirementItem;
    const dept = legalRequirementDepartment;
    const linked = or(
      exists(
        db
          .select({ one: sql`1` })
          .from(item)
          .where(and(eq(item.orgId, T.orgId), eq(item.requirementId, T.id))),
      ),
      exists(
        db
          .select({ one: sql`1` })
          .from(dept)
          .where(and(eq(dept.orgId, T.orgId), eq(dept.requirementId, T.id))),
      ),
    ) as SQL;
    where.push(q.linked ? linked : sql`not (${linked})`);
  }
  if (q.ids) where.push(q.ids.length > 0 ? inArray(T.id, q.ids) : sql`false`);
  if (q.kind) where.push(eq(T.kind, q.kind));
  if (q.checkOverdue !== undefined) {
    const overdue = or(isNull(T.checkedOn), lt(T.checkedOn, reviewCutoff(today))) as SQL;
    where.push(q.checkOverdue ? overdue : sql`not (${overdue})`);
  }
  const filter = and(...where);
  const order =
    q.sort === "name"
      ? [asc(displayName(lang)), asc(T.id)]
      : [asc(catalogueOrder), asc(displayName(lang)), asc(T.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(T)
      .where(filter)
      .orderBy(...order)
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(T).where(filter),
  ]);
  const links = await loadLinks(
    db,
    ctx.orgId,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => present(r, links.get(r.id), lang)),
    total: total?.n ?? 0,
    nextCursor: null,
  };
}

async function readRow(db: Db | Tx, ctx: OrgContext, id: string, lock = false) {
  const query = db
    .select()
    .from(T)
    .where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

export async function getLegalRequirement(
  db: Db | Tx,
  ctx: OrgContext,
  id: string,
  lang: Lang,
): Promise<LegalRequirementOut> {
  const row = await readRow(db, ctx, id);
  const links = await loadLinks(db, ctx.orgId, [id]);
  return present(row, links.get(id), lang);
}

/** The audited state of a row: its columns and its link lists. */
function snapshot(row: LegalRow, itemIds: string[], departmentIds: string[]) {
  const { orgId: _o, createdAt: _c, updatedAt: _u, ...rest } = row;
  return { ...rest, itemIds: [...itemIds].sort(), departmentIds: [...departmentIds].sort() };
}

async function lawIdTaken(tx: Tx, ctx: OrgContext, lawId: string) {
  const [row] = await tx
    .select({ id: T.id })
    .from(T)
    .where(and(eq(T.orgId, ctx.orgId), eq(T.lawId, lawId)));
  return Boolean(row);
}

export async function createLegalRequirement(
  db: Db,
  ctx: OrgContext,
  input: LegalRequirementInput,
) {
  const { itemIds, departmentIds, lawId, kind, ...rest } = input;
  const entry = lawId ? getLawEntry(lawId) : undefined;
  if (lawId && !entry) throw unknownLaw();
  return writeInOrg(db, ctx, async (tx) => {
    if (lawId && (await lawIdTaken(tx, ctx, lawId))) throw conflict(DUPLICATE, "lawId");
    await checkLinkIds(tx, ctx, itemIds, departmentIds);
    const id = randomUUID();
    const [row] = await tx
      .insert(T)
      .values({
        orgId: ctx.orgId,
        id,
        ...rest,
        lawId: lawId ?? null,
        kind: entry?.kind ?? kind ?? "",
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await writeLinks(tx, ctx, id, itemIds, departmentIds);
    await appendAudit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: "create",
      changes: diffFields(null, snapshot(row, itemIds, departmentIds)),
    });
    return { id };
  });
}

export async function updateLegalRequirement(
  db: Db,
  ctx: OrgContext,
  id: string,
  patch: LegalRequirementPatch,
  lang: Lang,
) {
  return writeInOrg(db, ctx, async (tx) => {
    const before = await readRow(tx, ctx, id, true);
    const { itemIds, departmentIds, ...columns } = patch;
    if (before.lawId) {
      if (columns.kind !== undefined && columns.kind !== before.kind)
        throw invalidField("kind", "law_kind_fixed");
    } else {
      // Own entries are known only by their name and kind: neither may be cleared.
      if (columns.name === null) throw invalidField("name", "required");
      if (columns.kind === null) throw invalidField("kind", "required");
    }
    const { kind, ...other } = columns;
    await checkLinkIds(tx, ctx, itemIds, departmentIds);
    const linksBefore = (await loadLinks(tx, ctx.orgId, [id])).get(id);
    const oldItems = linksBefore?.items.map((i) => i.id) ?? [];
    const oldDepts = linksBefore?.departments.map((d) => d.id) ?? [];
    const [after] = await tx
      .update(T)
      .set({ ...other, ...(kind ? { kind } : {}), updatedAt: new Date() })
      .where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)))
      .returning();
    if (!after) throw notFound();
    await writeLinks(tx, ctx, id, itemIds, departmentIds);
    const changes = diffFields(
      snapshot(before, oldItems, oldDepts),
      snapshot(after, itemIds ?? oldItems, departmentIds ?? oldDepts),
    );
    await appendAudit(tx, ctx, { entity: ENTITY, entityId: id, action: "update", changes });
    return getLegalRequirement(tx, ctx, id, lang);
  });
}

export async function deleteLegalRequirement(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const before = await readRow(tx, ctx, id, true);
    const links = (await loadLinks(tx, ctx.orgId, [id])).get(id);
    await tx.delete(T).where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)));
    await appendAudit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: "delete",
      changes: diffFields(
        snapshot(
          before,
          links?.items.map((i) => i.id) ?? [],
          links?.departments.map((d) => d.id) ?? [],
        ),
        null,
      ),
    });
  });
}

/**
 * Adds every catalogue entry suggested for all organizations that is not in the register
 * yet. Idempotent: concurrent calls add each entry once (the unique (org, lawId) index).
 */
export async function addBaselineLegalRequirements(db: Db, ctx: OrgContext) {
  return writeInOrg(db, ctx, async (tx) => {
    const values = baselineLawEntries().map((e) => ({
      orgId: ctx.orgId,
      id: randomUUID(),
      lawId: e.id,
      kind: e.kind,
    }));
    const added = await tx.insert(T).values(values).onConflictDoNothing().returning();
    await appendAuditMany(
      tx,
      ctx,
      added.map((row) => ({
        entity: ENTITY,
        entityId: row.id,
        action: "create",
        changes: diffFields(null, snapshot(row, [], [])),
      })),
    );
    return { added: added.length };
  });
}

/**
 * The yearly check of several entries against the current text of each law: records the day
 * and who checked. Any id not in the organization → 404, nothing changes.
 */
export async function markLegalChecked(db: Db, ctx: OrgContext, input: MarkCheckedInput) {
  const ids = [...new Set(input.ids)];
  const checkedBy = input.checkedBy ?? ctx.userName;
  return writeInOrg(db, ctx, async (tx) => {
    const key = and(eq(T.orgId, ctx.orgId), inArray(T.id, ids));
    const before = await tx
      .select({ id: T.id, checkedOn: T.checkedOn, checkedBy: T.checkedBy })
      .from(T)
      .where(key)
      .orderBy(T.id)
      .for("update");
    if (before.length !== ids.length) throw notFound();
    await tx
      .update(T)
      .set({ checkedOn: input.checkedOn, checkedBy, updatedAt: new Date() })
      .where(key);
    await appendAuditMany(
      tx,
      ctx,
      before.map((b) => ({
        entity: ENTITY,
        entityId: b.id,
        action: "check",
        // Both fields always: a check on the same day is still a check worth recording.
        changes: {
          checkedOn: { old: b.checkedOn, new: input.checkedOn },
          checkedBy: { old: b.checkedBy, new: checkedBy },
        },
      })),
    );
    return { updated: before.length };
  });
}
