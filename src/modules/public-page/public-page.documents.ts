// The two documents the public page shows, read from the document register: the external
// 個人情報保護方針 and 公表事項 (APPI Art. 32). The page shows only a version in force
// (published): never a draft, a version waiting for approval or an approved one not yet
// published. The settings page shows where each stands.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DocumentContent } from "../../core/documents/content.ts";
import { DISCLOSURE_TEMPLATE_KEY } from "../../core/public-page/disclosure.ts";
import { formatSeireki } from "../../core/wareki.ts";
import type { Db } from "../../db/client.ts";
import { pmsDocument as D, pmsDocumentVersion as V } from "../documents/index.ts";
import type { PageDocumentState } from "./public-page.contract.ts";

/** The starter template of the external policy (core/documents/templates/policies.ts). */
const EXTERNAL_POLICY_TEMPLATE = "policy.external";
const OPEN = ["draft", "in_review", "approved"];

const cur = alias(V, "cur");
const openV = alias(V, "open_v");

type Candidate = PageDocumentState & { kind: string; templateKey: string | null };

/** The organization's external documents in use, with their version in force and open one. */
async function externalDocuments(db: Db, orgId: string): Promise<Candidate[]> {
  const rows = await db
    .select({
      documentId: D.id,
      number: D.number,
      title: D.title,
      kind: D.kind,
      templateKey: D.templateKey,
      publishedVersionNo: cur.versionNo,
      effectiveOn: cur.effectiveOn,
      openVersionId: openV.id,
      openVersionNo: openV.versionNo,
      openStatus: openV.status,
    })
    .from(D)
    .leftJoin(
      cur,
      and(eq(cur.orgId, D.orgId), eq(cur.id, D.currentVersionId), eq(cur.status, "published")),
    )
    .leftJoin(
      openV,
      and(eq(openV.orgId, D.orgId), eq(openV.documentId, D.id), inArray(openV.status, OPEN)),
    )
    .where(and(eq(D.orgId, orgId), eq(D.audience, "external"), isNull(D.archivedAt)))
    .orderBy(asc(D.number), asc(D.id));
  return rows;
}

const isDisclosure = (d: Candidate) => d.templateKey === DISCLOSURE_TEMPLATE_KEY;

/**
 * The external policy: an external document of kind policy other than 公表事項, the one made
 * from the external policy's template first, then a published one, then by number.
 */
function pickPolicy(docs: Candidate[]): Candidate | null {
  const policies = docs.filter((d) => d.kind === "policy" && !isDisclosure(d));
  const rank = (d: Candidate) =>
    (d.templateKey === EXTERNAL_POLICY_TEMPLATE ? 0 : 2) + (d.publishedVersionNo ? 0 : 1);
  return [...policies].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

function pickDisclosure(docs: Candidate[]): Candidate | null {
  const found = docs.filter(isDisclosure);
  return found.find((d) => d.publishedVersionNo) ?? found[0] ?? null;
}

const state = (d: Candidate | null): PageDocumentState | null => {
  if (!d) return null;
  const { kind: _k, templateKey: _t, ...rest } = d;
  return rest;
};

/** Where the external policy and 公表事項 stand in the register. */
export async function pageDocumentStates(db: Db, orgId: string) {
  const docs = await externalDocuments(db, orgId);
  return { policy: state(pickPolicy(docs)), disclosure: state(pickDisclosure(docs)) };
}

/** A version in force as the public page shows it. */
export type ShownDocument = {
  title: string;
  versionNo: number;
  content: DocumentContent;
  /** The values frozen at approval, with the version's own number and dates. */
  values: Record<string, string | null>;
  establishedOn: string | null;
  effectiveOn: string | null;
};

async function shownVersion(db: Db, orgId: string, documentId: string) {
  const versions = await db
    .select()
    .from(V)
    .where(
      and(
        eq(V.orgId, orgId),
        eq(V.documentId, documentId),
        inArray(V.status, ["published", "superseded"]),
      ),
    )
    .orderBy(asc(V.versionNo));
  const current = versions.find((v) => v.status === "published");
  if (!current) return null;
  // 制定日: the first day any version took effect.
  const establishedOn =
    versions
      .map((v) => v.effectiveOn)
      .filter((d): d is string => !!d)
      .sort()[0] ?? null;
  return { current, establishedOn };
}

/** The published text of each of the two documents, or null where nothing is published. */
export async function publishedPageDocuments(db: Db, orgId: string) {
  const docs = await externalDocuments(db, orgId);
  const load = async (d: Candidate | null): Promise<ShownDocument | null> => {
    if (!d?.publishedVersionNo) return null;
    const found = await shownVersion(db, orgId, d.documentId);
    if (!found) return null;
    const { current, establishedOn } = found;
    const values: Record<string, string | null> = { ...(current.fieldValues ?? {}) };
    // Set at publication, after approval froze the other values: known whatever was frozen.
    values["doc.number"] = d.number;
    values["doc.version"] = `第${current.versionNo}版`;
    if (establishedOn) values["doc.establishedOn"] = formatSeireki(establishedOn);
    if (current.effectiveOn) values["doc.effectiveOn"] = formatSeireki(current.effectiveOn);
    return {
      title: d.title,
      versionNo: current.versionNo,
      content: current.content,
      values,
      establishedOn,
      effectiveOn: current.effectiveOn,
    };
  };
  const [policy, disclosure] = await Promise.all([
    load(pickPolicy(docs.filter((d) => d.publishedVersionNo))),
    load(pickDisclosure(docs.filter((d) => d.publishedVersionNo))),
  ]);
  return { policy, disclosure };
}
