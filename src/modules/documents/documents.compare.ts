// Comparing two versions of a document side by side (新旧対照): each version as plain lines,
// its fields filled the way it reads (an approved version with the values frozen at approval, a
// draft with today's), and a line diff (the `diff` package) paired into rows, a removed line
// followed by an added one shown as one changed row.
import { diffArrays } from "diff";
import { and, desc, eq, lt } from "drizzle-orm";
import { contentLines, type DocumentContent } from "../../core/documents/content.ts";
import { fieldPlaceholder } from "../../core/documents/fields.ts";
import type { Db } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import { notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import type { CompareOut, CompareQuery } from "./documents.contract.ts";
import { loadFieldValues } from "./documents.fields.ts";
import type { VersionRow } from "./documents.present.ts";
import { pmsDocumentVersion } from "./documents.tables.ts";
import { readVersion } from "./documents.versions.ts";

const V = pmsDocumentVersion;

type Row = CompareOut["rows"][number];

/** The side-by-side rows of two line lists. */
export function sideBySide(left: readonly string[], right: readonly string[]): Row[] {
  const rows: Row[] = [];
  let l = 0;
  let r = 0;
  let removed: string[] = [];
  const flushRemoved = (added: string[]) => {
    const pairs = Math.max(removed.length, added.length);
    for (let i = 0; i < pairs; i++) {
      const a = removed[i];
      const b = added[i];
      rows.push({
        kind:
          a !== undefined && b !== undefined ? "changed" : a !== undefined ? "removed" : "added",
        left: a ?? null,
        right: b ?? null,
        leftNo: a !== undefined ? ++l : null,
        rightNo: b !== undefined ? ++r : null,
      });
    }
    removed = [];
  };
  for (const part of diffArrays([...left], [...right])) {
    if (part.removed) {
      flushRemoved([]);
      removed = part.value;
    } else if (part.added) flushRemoved(part.value);
    else {
      flushRemoved([]);
      for (const line of part.value)
        rows.push({ kind: "same", left: line, right: line, leftNo: ++l, rightNo: ++r });
    }
  }
  flushRemoved([]);
  return rows;
}

async function latestVersion(db: Db, ctx: OrgContext, documentId: string): Promise<VersionRow> {
  const [row] = await db
    .select()
    .from(V)
    .where(and(eq(V.orgId, ctx.orgId), eq(V.documentId, documentId)))
    .orderBy(desc(V.versionNo))
    .limit(1);
  if (!row) throw notFound();
  return row;
}

async function versionBefore(db: Db, ctx: OrgContext, v: VersionRow) {
  const [row] = await db
    .select()
    .from(V)
    .where(
      and(eq(V.orgId, ctx.orgId), eq(V.documentId, v.documentId), lt(V.versionNo, v.versionNo)),
    )
    .orderBy(desc(V.versionNo))
    .limit(1);
  return row;
}

async function linesOf(db: Db, ctx: OrgContext, v: VersionRow, lang: Lang): Promise<string[]> {
  const values =
    v.fieldValues ??
    (await loadFieldValues(db, ctx.orgId, {
      documentId: v.documentId,
      versionNo: v.versionNo,
      effectiveOn: v.effectiveOn,
    }));
  return contentLines(v.content as DocumentContent, values, (key) => fieldPlaceholder(key, lang));
}

export async function compareVersions(
  db: Db,
  ctx: OrgContext,
  documentId: string,
  q: CompareQuery,
  lang: Lang,
): Promise<CompareOut> {
  const to = q.to
    ? await readVersion(db, ctx, documentId, q.to)
    : await latestVersion(db, ctx, documentId);
  const from = q.from
    ? await readVersion(db, ctx, documentId, q.from)
    : ((await versionBefore(db, ctx, to)) ?? to);
  const [left, right] = await Promise.all([
    linesOf(db, ctx, from, lang),
    linesOf(db, ctx, to, lang),
  ]);
  const rows = sideBySide(left, right);
  const side = (v: VersionRow, lines: string[]) => ({
    id: v.id,
    versionNo: v.versionNo,
    status: v.status,
    lines,
  });
  return {
    from: side(from, left),
    to: side(to, right),
    rows,
    added: rows.filter((x) => x.kind === "added").length,
    removed: rows.filter((x) => x.kind === "removed").length,
    changed: rows.filter((x) => x.kind === "changed").length,
  };
}
