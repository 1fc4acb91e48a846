// The one safe reader every upload goes through. The route reads the request's bytes as it
// always did and hands them here; the upload process (upload-pool.ts) checks a ZIP's directory,
// inflates each entry under a hard cap counting worksheet rows (check-archive.ts), and only then
// runs the importer's reader, returning plain rows. A limit hit is a 413, an archive that cannot
// be read a 400, both in the usual error shape with the file field named.
import { AppError } from "../../../server/app-error.ts";
import type { UploadLimits } from "../../../server/config.ts";
import type { ReadTableOptions, TableFileResult } from "../table-file/table-file.ts";
import type { Refusal } from "./refusal.ts";
import type { UploadJob, UploadReader, UploadValue } from "./upload-job.ts";
import { UploadPool } from "./upload-pool.ts";
import type { ZipLimits } from "./zip-directory.ts";

/** The server's upload process (one per server, like the PDF worker). */
export const uploadPool = new UploadPool();

export type UploadedFile = { buffer: Buffer; filename: string };

export function refusalError(r: Refusal): AppError {
  const params = r.params ?? {};
  return new AppError(r.kind, r.code, { file: { key: r.fieldKey ?? r.code, params } }, params);
}

const zipLimits = (l: UploadLimits): ZipLimits => ({
  zipEntries: l.zipEntries,
  zipEntryBytes: l.zipEntryBytes,
  zipTotalBytes: l.zipTotalBytes,
  zipRatio: l.zipRatio,
});

async function read(
  file: UploadedFile,
  job:
    | { kind: "table"; options: ReadTableOptions<string> }
    | { kind: "reader"; reader: UploadReader },
  limits: UploadLimits,
  pool: UploadPool,
): Promise<UploadValue> {
  const full: UploadJob = {
    ...job,
    bytes: file.buffer,
    filename: file.filename,
    limits: zipLimits(limits),
  };
  const outcome = await pool.run(full, limits.workerHeapMb);
  if (!outcome.ok) throw refusalError(outcome.refusal);
  return outcome.value;
}

/** readTableFile, the safe way (register and risk imports). Throws AppError for a refusal. */
export async function readUploadedTable<K extends string>(
  file: UploadedFile,
  options: ReadTableOptions<K>,
  limits: UploadLimits,
  pool = uploadPool,
): Promise<TableFileResult<K>> {
  const job = { kind: "table" as const, options: options as ReadTableOptions<string> };
  return (await read(file, job, limits, pool)) as TableFileResult<K>;
}

/** A capability's own reader (see UploadReader), the safe way. Throws AppError for a refusal. */
export async function readUploadedWith<T>(
  file: UploadedFile,
  reader: UploadReader,
  limits: UploadLimits,
  pool = uploadPool,
): Promise<T> {
  return (await read(file, { kind: "reader", reader }, limits, pool)) as T;
}
