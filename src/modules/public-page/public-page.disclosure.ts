// 公表事項 in the document register: drafted from the profile and the 個人情報管理台帳, then
// checked, approved and published like any document (the page shows only what was published).
// Drafting again writes the new text into the open draft, or opens a new version; a version
// waiting for approval or approved is never overwritten.
import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import type { DocumentContent } from "../../core/documents/content.ts";
import {
  DISCLOSURE_TEMPLATE_KEY,
  DISCLOSURE_TITLE,
  disclosureContent,
  purposeRows,
} from "../../core/public-page/disclosure.ts";
import type { Db } from "../../db/client.ts";
import { conflict } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import {
  createDocument,
  pmsDocument as D,
  openNewVersion,
  saveDraft,
  pmsDocumentVersion as V,
} from "../documents/index.ts";
import { inventoryItem } from "../inventory/index.ts";
import { orgProfile } from "../org/index.ts";
import type { DisclosureResult } from "./public-page.contract.ts";

/**
 * The purposes of the register's active items. Art. 32 is about 保有個人データ: when the
 * register marks any item as such, only those count; otherwise every item with a purpose.
 */
async function registerPurposes(db: Db, orgId: string) {
  const rows = await db
    .select({
      name: inventoryItem.name,
      purpose: inventoryItem.purpose,
      retained: inventoryItem.retainedPersonalData,
    })
    .from(inventoryItem)
    .where(
      and(
        eq(inventoryItem.orgId, orgId),
        eq(inventoryItem.status, "active"),
        isNotNull(inventoryItem.purpose),
      ),
    )
    .orderBy(asc(inventoryItem.name), asc(inventoryItem.id));
  const marked = rows.filter((r) => r.retained === true);
  return purposeRows(marked.length ? marked : rows);
}

/** The draft text of 公表事項 from the organization's data as it is now. */
export async function buildDisclosureContent(db: Db, orgId: string): Promise<DocumentContent> {
  const [[profile], purposes] = await Promise.all([
    db
      .select({ fee: orgProfile.requestFee, accredited: orgProfile.accreditedOrgName })
      .from(orgProfile)
      .where(eq(orgProfile.orgId, orgId)),
    registerPurposes(db, orgId),
  ]);
  return disclosureContent({
    purposes,
    requestFee: profile?.fee ?? null,
    accreditedOrgName: profile?.accredited ?? null,
  });
}

/** A 文書番号 not yet used: P-03, P-04 … (P-01 and P-02 are the starter set's policies). */
async function freeNumber(db: Db, orgId: string): Promise<string> {
  const taken = new Set(
    (await db.select({ n: D.number }).from(D).where(eq(D.orgId, orgId))).map((r) =>
      r.n.toLowerCase(),
    ),
  );
  for (let n = 3; n < 100; n++) {
    const number = `P-${String(n).padStart(2, "0")}`;
    if (!taken.has(number.toLowerCase())) return number;
  }
  return `P-PUB-${Date.now().toString(36)}`;
}

/** Drafts 公表事項 anew: a new document, its open draft rewritten, or a new version of it. */
export async function refreshDisclosure(db: Db, ctx: OrgContext): Promise<DisclosureResult> {
  const content = await buildDisclosureContent(db, ctx.orgId);
  const [doc] = await db
    .select()
    .from(D)
    .where(and(eq(D.orgId, ctx.orgId), eq(D.templateKey, DISCLOSURE_TEMPLATE_KEY)))
    .orderBy(desc(D.createdAt))
    .limit(1);
  if (!doc) {
    const created = await createDocument(db, ctx, {
      number: await freeNumber(db, ctx.orgId),
      title: DISCLOSURE_TITLE,
      kind: "policy",
      audience: "external",
      approverRole: "top_management",
      reviewIntervalMonths: 12,
      jRefs: [],
      templateKey: DISCLOSURE_TEMPLATE_KEY,
      content,
      changeNote: "公開ページの設定から作成",
    });
    return { documentId: created.id, versionId: created.versionId, created: true };
  }
  if (doc.archivedAt) throw conflict("DISCLOSURE_ARCHIVED");
  const open = async () =>
    (
      await db
        .select({ id: V.id, status: V.status, revision: V.revision })
        .from(V)
        .where(and(eq(V.orgId, ctx.orgId), eq(V.documentId, doc.id)))
        .orderBy(desc(V.versionNo))
        .limit(1)
    ).find((v) => ["draft", "in_review", "approved"].includes(v.status));
  let draft = await open();
  if (draft && draft.status !== "draft") throw conflict("DISCLOSURE_UNDER_APPROVAL");
  if (!draft) {
    await openNewVersion(db, ctx, doc.id, { changeNote: "公開ページの設定から作り直し" });
    draft = await open();
  }
  if (!draft) throw conflict("CONFLICT");
  // The draft's own revision: a save by someone else in between is refused (409), not lost.
  await saveDraft(db, ctx, doc.id, draft.id, {
    content,
    revision: draft.revision,
    changeNote: undefined,
  });
  return { documentId: doc.id, versionId: draft.id, created: false };
}
