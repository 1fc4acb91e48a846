// Where a document the public page shows stands, in one word for its badge: 公開中 (a version in
// force, which the page shows), or why nothing is shown yet (作成中, 承認待ち, 承認済み・未公開,
// 未作成). A version in force with a newer one on the way is still 公開中.
import type { PageDocumentState } from "@src/modules/public-page/public-page.contract.ts";

export type DocumentStage = "published" | "draft" | "in_review" | "approved" | "none";

export function documentStage(doc: PageDocumentState | null): DocumentStage {
  if (!doc) return "none";
  if (doc.publishedVersionNo !== null) return "published";
  if (doc.openStatus === "in_review" || doc.openStatus === "approved") return doc.openStatus;
  return "draft";
}

export const STAGE_COLORS: Readonly<Record<DocumentStage, string>> = {
  published: "teal",
  draft: "gray",
  in_review: "yellow",
  approved: "blue",
  none: "red",
};
