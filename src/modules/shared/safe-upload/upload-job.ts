// One upload read the safe way: a ZIP is checked (directory, capped inflate, value rows) before
// the importer's own reader opens it; text files go straight to it. Runs on the upload worker
// thread (upload-worker.ts); tests also run it in-process. Never throws.
import { type FileProblem, hasForeignName, sniffUpload } from "../table-file/open-file.ts";
import {
  type ReadTableOptions,
  readTableFile,
  type TableFileResult,
} from "../table-file/table-file.ts";
import { checkArchive } from "./check-archive.ts";
import { type Refusal, UploadRefused } from "./refusal.ts";
import type { ZipLimits } from "./zip-directory.ts";

type JobBase = { bytes: Uint8Array; filename: string; limits: ZipLimits };

/**
 * A capability's own reader, run in the worker: the module (a file URL chosen by server code,
 * never by the client) exports `readUpload(buffer, filename)`, which reports a file problem
 * by returning its code. The people import uses one, so this folder never imports people.
 */
export type UploadReader = { module: string; maxRows: number };

/** What to read: a table for the register imports (readTableFile), or with a reader. */
export type UploadJob =
  | (JobBase & { kind: "table"; options: ReadTableOptions<string> })
  | (JobBase & { kind: "reader"; reader: UploadReader });

export type UploadValue = TableFileResult<string> | unknown;

type ReaderModule = { readUpload(buffer: Buffer, filename: string): Promise<unknown> };

export type UploadOutcome = { ok: true; value: UploadValue } | { ok: false; refusal: Refusal };

/** A file problem the way each reader reports it, so callers see what they always saw. */
function problem(job: UploadJob, code: FileProblem): UploadOutcome {
  return { ok: true, value: job.kind === "table" ? { ok: false, error: { code } } : code };
}

export async function runUploadJob(job: UploadJob): Promise<UploadOutcome> {
  const buffer = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  try {
    const sniffed = sniffUpload(buffer, job.filename);
    if (typeof sniffed !== "string" && sniffed.kind === "zip") {
      const maxRows = job.kind === "table" ? job.options.maxRows : job.reader.maxRows;
      checkArchive(buffer, job.limits, { maxRows });
    }
    if (job.kind === "table")
      return { ok: true, value: await readTableFile(buffer, job.filename, job.options) };
    const reader = (await import(job.reader.module)) as ReaderModule;
    return { ok: true, value: await reader.readUpload(buffer, job.filename) };
  } catch (err) {
    if (!(err instanceof UploadRefused)) return problem(job, "FILE_UNREADABLE");
    // A broken archive is what the readers call it: unreadable, or of the wrong type by name.
    if (err.refusal.code === "FILE_UNREADABLE")
      return problem(job, hasForeignName(job.filename) ? "FILE_TYPE" : "FILE_UNREADABLE");
    return { ok: false, refusal: err.refusal };
  }
}
