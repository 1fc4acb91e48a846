// Public API of the documents capability (文書管理): other capabilities import only this file.
// The PMS documents, their versions and who confirmed them.

// The public page (公開ページ) reads the external documents and drafts 公表事項 in the register.
export { createDocument } from "./documents.service.ts";
export { pmsDocument, pmsDocumentVersion } from "./documents.tables.ts";
export { openNewVersion, saveDraft } from "./documents.versions.ts";
