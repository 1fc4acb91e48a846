// Public API of the files capability: other capabilities import only this file.
// Attached files (添付ファイル): any record of a registered owner kind can have files.

// A record copied with its files (a course to next year): each copy a file of its own.
export { type AttachmentCopy, copyAttachments } from "./files.copy.ts";
// The Content-Disposition of a download (RFC 6266), for other capabilities' files too.
export { contentDisposition } from "./files.names.ts";
export { type AttachmentOwner, existsIn, registerAttachmentOwner } from "./files.owners.ts";
export { attachmentsOfDeletedOwner } from "./files.service.ts";
export { databaseFileStore, type FileStore } from "./files.store.ts";
export { attachment, fileContent } from "./files.tables.ts";
