// Issuing personal links: whom for (chosen people, a department's staff, everyone in office),
// a new secret each, and one transaction that revokes each person's earlier live link of the
// purpose and stores the new hashes. The secrets exist only in the caller's answer: the JSON
// list shown once, or the printed sheet, which is rendered BEFORE the transaction so that a
// sheet that fails to render leaves the earlier links as they were.
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { linkExpiry } from "../../core/personal-links/purposes.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { type AuditInput, appendAuditMany } from "../audit/index.ts";
import { department } from "../org/index.ts";
import { inOffice, person } from "../people/index.ts";
import { chunks, insertMany } from "../shared/bulk-sql.ts";
import { type LinkKey, newLinkToken, personalLinkUrl } from "./link-token.ts";
import {
  type IssuedLinkOut,
  type IssueInput,
  type IssueResult,
  MAX_LINKS_PER_ISSUE,
} from "./personal-links.contract.ts";
import { ENTITY, linkSubject } from "./personal-links.service.ts";
import { personalLink as L } from "./personal-links.tables.ts";

export type LinkTarget = {
  personId: string;
  personName: string;
  departmentName: string | null;
};

/** Issued links with their secrets, not yet stored. */
export type PreparedIssue = {
  purpose: string;
  /** What the links are for within the purpose (a course's id); null: the purpose itself. */
  subjectId: string | null;
  now: Date;
  links: (IssuedLinkOut & { hash: string })[];
};

/** The people to issue for, by department then reading; another organization's ids are 404. */
export async function linkTargets(
  db: Db,
  ctx: OrgContext,
  input: IssueInput,
  today = todayInJapan(),
): Promise<LinkTarget[]> {
  const where: SQL[] = [eq(person.orgId, ctx.orgId)];
  if (input.scope === "people") {
    const ids = input.personIds ?? [];
    where.push(inArray(person.id, ids));
  } else {
    where.push(inOffice(today));
    if (input.scope === "department") {
      const [d] = await db
        .select({ id: department.id })
        .from(department)
        .where(and(eq(department.orgId, ctx.orgId), eq(department.id, input.departmentId ?? "")));
      if (!d) throw notFound();
      where.push(eq(person.departmentId, d.id));
    }
  }
  const rows = await db
    .select({
      personId: person.id,
      personName: person.name,
      departmentName: department.name,
      leftOn: person.leftOn,
    })
    .from(person)
    .leftJoin(
      department,
      and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
    )
    .where(and(...where))
    .orderBy(
      sql`${department.name} asc nulls last`,
      asc(sql`coalesce(${person.kana}, ${person.name})`),
      asc(person.id),
    )
    .limit(MAX_LINKS_PER_ISSUE + 1);
  if (input.scope === "people") {
    if (rows.length !== (input.personIds ?? []).length) throw notFound();
    if (rows.some((r) => r.leftOn !== null && r.leftOn <= today))
      throw invalidField("personIds", "person_left");
  }
  if (rows.length === 0) {
    throw invalidField(input.scope === "department" ? "departmentId" : "scope", "no_staff");
  }
  if (rows.length > MAX_LINKS_PER_ISSUE)
    throw invalidField("scope", "too_many_items", { max: MAX_LINKS_PER_ISSUE });
  return rows.map(({ leftOn: _, ...t }) => t);
}

/** A new secret for each target; nothing is stored yet. */
export function prepareIssue(
  targets: LinkTarget[],
  purpose: string,
  opts: { key: LinkKey; baseUrl: string; days: number; now?: Date; subjectId?: string | null },
): PreparedIssue {
  const now = opts.now ?? new Date();
  const expiresAt = linkExpiry(now, opts.days).toISOString();
  const links = targets.map((t) => {
    const { token, hash } = newLinkToken(opts.key);
    const url = personalLinkUrl(opts.baseUrl, token);
    return { ...t, id: randomUUID(), purpose, url, expiresAt, hash };
  });
  return { purpose, subjectId: opts.subjectId ?? null, now, links };
}

/**
 * Stores the prepared links, revoking each person's earlier live link of the purpose, with
 * one event per revoked and per new link (who, what for, until when, how it was handed out).
 */
export async function storeIssue(
  db: Db,
  ctx: OrgContext,
  prepared: PreparedIssue,
  delivery: "screen" | "sheet",
): Promise<IssueResult> {
  return writeInOrg(db, ctx, (tx) => storeIssueIn(tx, ctx, prepared, delivery));
}

/**
 * The same inside the caller's write: a capability that mails each person their new link
 * (documents sent out for reading) stores the links, its own rows and the mails at once.
 */
export async function storeIssueIn(
  tx: Tx,
  ctx: OrgContext,
  prepared: PreparedIssue,
  delivery: "screen" | "sheet" | "mail",
): Promise<IssueResult> {
  const { purpose, subjectId, now, links } = prepared;
  const names = new Map(links.map((l) => [l.personId, l.personName]));
  const revoked: { id: string; personId: string }[] = [];
  // One JSON parameter per statement instead of one per cell: at thousands of links (a
  // document sent to every member of staff) the driver's cost, not the database's, dominates.
  // `= any(array(…))`, not `in (select …)`: PGlite planned the latter as a scan per person
  // (1.6 s instead of 0.2 s for 2,700 links, bench/results/documents.md).
  for (const part of chunks(links, 2000)) {
    const ids = JSON.stringify(part.map((l) => l.personId));
    revoked.push(
      ...(await tx
        .update(L)
        .set({ revokedAt: now, revokedBy: ctx.userId, revokedReason: "reissue" })
        .where(
          and(
            eq(L.orgId, ctx.orgId),
            eq(L.purpose, purpose),
            // Only the link of the same subject: a course's link leaves the other courses' be.
            sql`coalesce(${L.subjectId}, '') = ${subjectId ?? ""}`,
            isNull(L.revokedAt),
            sql`${L.personId} = any(array(select jsonb_array_elements_text(${ids}::jsonb)))`,
          ),
        )
        .returning({ id: L.id, personId: L.personId })),
    );
  }
  await insertMany(
    tx,
    L,
    L as never,
    [
      "orgId",
      "id",
      "personId",
      "purpose",
      "subjectId",
      "tokenHash",
      "createdBy",
      "createdAt",
      "expiresAt",
    ],
    links.map((l) => ({
      orgId: ctx.orgId,
      id: l.id,
      personId: l.personId,
      purpose,
      subjectId,
      tokenHash: l.hash,
      createdBy: ctx.userId,
      createdAt: now,
      expiresAt: new Date(l.expiresAt),
    })),
  );
  const events: AuditInput[] = [
    ...revoked.map((r) => ({
      entity: ENTITY,
      entityId: r.id,
      action: "revoke",
      changes: {
        ...linkSubject(names.get(r.personId) ?? "", purpose),
        revokedAt: { old: null, new: now.toISOString() },
        revokedReason: { old: null, new: "reissue" },
      },
    })),
    ...links.map((l) => ({
      entity: ENTITY,
      entityId: l.id,
      action: "create",
      changes: {
        personId: { old: null, new: l.personId },
        personName: { old: null, new: l.personName },
        purpose: { old: null, new: purpose },
        ...(subjectId ? { subjectId: { old: null, new: subjectId } } : {}),
        expiresAt: { old: null, new: l.expiresAt },
        delivery: { old: null, new: delivery },
      },
    })),
  ];
  await appendAuditMany(tx, ctx, events);
  return { items: links.map(({ hash: _, ...l }) => l), revoked: revoked.length };
}
