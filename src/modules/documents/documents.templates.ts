// Creating documents from the starter templates (core/documents/templates): one at a time, or
// the whole starter set at once in one transaction, skipping templates the organization has
// already used. Each document is inserted with its first draft by the register's own
// insertDocumentWithDraft, so the columns and audit events are the same as a blank one's.
import { eq } from "drizzle-orm";
import { documentAnswers } from "../../core/documents/coverage.ts";
import {
  DOCUMENT_TEMPLATES,
  type DocumentTemplate,
  templateByKey,
} from "../../core/documents/templates/index.ts";
import { compareRefs } from "../../core/requirements/index.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { invalidField } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { recordNoChange } from "../audit/index.ts";
import { kindLabel } from "./documents.present.ts";
import { insertDocumentWithDraft, type NewDocument } from "./documents.service.ts";
import { pmsDocument } from "./documents.tables.ts";
import type {
  FromTemplateInput,
  StarterSetResult,
  TemplateListItem,
} from "./documents.templates.contract.ts";

const D = pmsDocument;

/** The J items a template answers, once each, in catalogue order. */
export function templateRefs(t: DocumentTemplate): string[] {
  const refs = documentAnswers({ ...t, id: t.key, status: "published" }).map((a) => a.ref);
  return [...new Set(refs)].sort(compareRefs);
}

function newDocument(t: DocumentTemplate, number: string): NewDocument {
  return {
    number,
    title: t.title,
    kind: t.kind,
    audience: t.audience,
    approverRole: t.approverRole,
    retentionYears: t.retentionYears,
    reviewIntervalMonths: 12,
    jRefs: [...t.jRefs],
    // A deep copy: the template's objects are shared by every organization.
    content: structuredClone(t.content),
    templateKey: t.key,
    changeNote: `テンプレート「${t.title}」から作成`,
  };
}

/** The organization's documents made from templates, and every number in use. */
async function existing(db: Db | Tx, ctx: OrgContext) {
  const rows = await db
    .select({ id: D.id, number: D.number, templateKey: D.templateKey, archivedAt: D.archivedAt })
    .from(D)
    .where(eq(D.orgId, ctx.orgId));
  return {
    fromTemplate: rows.filter((r) => r.templateKey !== null),
    numbers: new Set(rows.map((r) => r.number.toLowerCase())),
  };
}

export async function listTemplates(db: Db, ctx: OrgContext) {
  const { fromTemplate } = await existing(db, ctx);
  const items: TemplateListItem[] = DOCUMENT_TEMPLATES.map((t) => ({
    key: t.key,
    number: t.number,
    title: t.title,
    titleEn: t.titleEn,
    kind: t.kind,
    kindLabel: kindLabel(t.kind),
    audience: t.audience,
    approverRole: t.approverRole,
    retentionYears: t.retentionYears,
    summary: t.summary,
    refs: templateRefs(t),
    created: fromTemplate
      .filter((r) => r.templateKey === t.key)
      .map((r) => ({ id: r.id, number: r.number, archived: r.archivedAt !== null })),
  }));
  return { items, total: items.length };
}

/** One document from a template; 409 DOCUMENT_NUMBER_TAKEN when its number is in use. */
export async function createFromTemplate(db: Db, ctx: OrgContext, input: FromTemplateInput) {
  const t = templateByKey(input.templateKey);
  if (!t) throw invalidField("templateKey", "document_template_unknown");
  return writeInOrg(db, ctx, (tx) =>
    insertDocumentWithDraft(tx, ctx, newDocument(t, input.number ?? t.number)),
  );
}

/**
 * Every template not yet used, in one transaction. A template is skipped when a document made
 * from it exists (archived too: bringing it back is the way), or when another document already
 * has its number (the organization numbers its own; it can create that one with a new number).
 */
export async function createStarterSet(db: Db, ctx: OrgContext): Promise<StarterSetResult> {
  return writeInOrg(db, ctx, async (tx) => {
    // Two starter sets at once would both see no documents; the second then fails on the
    // number's unique index and rolls back whole (409), which is the answer it deserves.
    const { fromTemplate, numbers } = await existing(tx, ctx);
    const used = new Set(fromTemplate.map((r) => r.templateKey));
    const result: StarterSetResult = { created: [], skipped: [] };
    for (const t of DOCUMENT_TEMPLATES) {
      if (used.has(t.key)) {
        result.skipped.push({ templateKey: t.key, number: t.number, reason: "exists" });
      } else if (numbers.has(t.number.toLowerCase())) {
        result.skipped.push({ templateKey: t.key, number: t.number, reason: "number_taken" });
      } else {
        const { id } = await insertDocumentWithDraft(tx, ctx, newDocument(t, t.number));
        result.created.push({ templateKey: t.key, id, number: t.number });
      }
    }
    if (!result.created.length) await recordNoChange(tx, ctx);
    return result;
  });
}
