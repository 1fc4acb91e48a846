// Public API of the documents capability (文書管理): other capabilities import only this file.
// The PMS documents, their versions and who confirmed them.

// 周知・誓約: what the readiness rules read of the confirmations of a version, and the
// scheduled reminder of the people who have not confirmed after the due day.
export {
  type AcknowledgementStatus,
  acknowledgementStatus,
} from "./documents.acknowledgements.status.ts";
// The public page (公開ページ) reads the external documents and drafts 公表事項 in the register.
// Creating a document with its first draft (blank or with content, e.g. from a template),
// inside the caller's write or as a write of its own; one document with its versions; the
// version in force.
export { currentPublishedVersion } from "./documents.reading.ts";
export { documentAcknowledgementReminderJob } from "./documents.reminders.job.ts";
export {
  createDocument,
  getDocument,
  insertDocumentWithDraft,
  type NewDocument,
} from "./documents.service.ts";
export { pmsDocument, pmsDocumentVersion } from "./documents.tables.ts";
export { openNewVersion, saveDraft } from "./documents.versions.ts";
