// The second look at an archive, after its directory passed: every entry is inflated with a hard
// cap at its declared size (declared sizes can lie), worksheets have their value rows counted,
// and an archive inside the archive has its own directory checked. Nothing is kept but a few
// small parts for naming sheets; each entry's bytes are dropped once looked at.
import { constants as bufferConstants } from "node:buffer";
import { inflateRawSync } from "node:zlib";
import { HEADER_SCAN_ROWS } from "../table-file/table-file.ts";
import { corrupt, tooLarge, UploadRefused } from "./refusal.ts";
import { isNamingPart, isWorksheetPart, sheetNames } from "./sheet-names.ts";
import { countValueRows } from "./xml-rows.ts";
import { readZipDirectory, STORED, type ZipEntry, type ZipLimits } from "./zip-directory.ts";

/** Naming parts larger than this are not kept (a real workbook.xml is a few kilobytes). */
const NAMING_PART_MAX = 1024 * 1024;
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

/** Value rows a sheet may have for an import of `maxRows`: header search, header, data. */
export const rowAllowance = (maxRows: number) => maxRows + HEADER_SCAN_ROWS + 1;

/**
 * The entry's bytes, inflated. Refuses (UPLOAD_ZIP_SIZE_MISMATCH) as soon as the output passes
 * the declared size: zlib stops at maxOutputLength, so a lie costs at most that much memory.
 */
export function inflateEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const data = buf.subarray(entry.dataStart, entry.dataEnd);
  let out: Buffer;
  if (entry.method === STORED) out = data;
  else {
    const cap = Math.min(entry.uncompressedSize + 1, bufferConstants.MAX_LENGTH);
    try {
      out = inflateRawSync(data, { maxOutputLength: cap, chunkSize: 64 * 1024 });
    } catch (err) {
      if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw sizeMismatch(entry);
      throw corrupt(`${entry.name} does not inflate: ${(err as Error).message}`);
    }
  }
  if (out.length > entry.uncompressedSize) throw sizeMismatch(entry);
  return out;
}

function sizeMismatch(entry: ZipEntry) {
  return tooLarge(
    "UPLOAD_ZIP_SIZE_MISMATCH",
    { entry: entry.name, declared: entry.uncompressedSize },
    `${entry.name} inflates past its declared ${entry.uncompressedSize} bytes`,
  );
}

export type ArchiveCheck = {
  /** Value rows per worksheet part. */
  rows: Map<string, number>;
  /** Bytes actually inflated. */
  inflatedBytes: number;
};

/**
 * Checks a ZIP upload before a parser opens it: the directory (readZipDirectory), then each
 * entry inflated under its cap. With `maxRows`, a worksheet with more value rows than an import
 * of that size can take (rowAllowance) is refused as TOO_MANY_ROWS, naming the sheet when the
 * workbook says which it is. Throws UploadRefused.
 */
export function checkArchive(
  buf: Buffer,
  limits: ZipLimits,
  options: { maxRows?: number } = {},
): ArchiveCheck {
  const directory = readZipDirectory(buf, limits);
  // Worksheets last, so the workbook and its rels are at hand to name a refused sheet.
  const entries = [...directory.entries].sort(
    (a, b) => Number(isWorksheetPart(a.name)) - Number(isWorksheetPart(b.name)),
  );
  const naming = new Map<string, string>();
  const rows = new Map<string, number>();
  const allowance = options.maxRows === undefined ? undefined : rowAllowance(options.maxRows);
  let inflatedBytes = 0;
  /** What archives inside may still declare, after the outer entries' declared sizes. */
  let innerBudget = limits.zipTotalBytes - directory.totalBytes;
  for (const entry of entries) {
    const data = inflateEntry(buf, entry);
    inflatedBytes += data.length;
    if (isNamingPart(entry.name) && data.length <= NAMING_PART_MAX)
      naming.set(entry.name, data.toString("utf8"));
    if (ZIP_LOCAL.every((b, i) => data[i] === b))
      innerBudget -= checkInnerArchive(data, entry, limits, innerBudget);
    if (allowance !== undefined && isWorksheetPart(entry.name)) {
      const count = countValueRows(data, allowance);
      rows.set(entry.name, count);
      if (count > allowance) throw tooManyRows(entry.name, options.maxRows ?? 0, naming);
    }
  }
  return { rows, inflatedBytes };
}

/**
 * An archive inside (an embedded workbook, a .zip among the media) is never inflated by the
 * importers, but its directory must keep to the same limits, its declared sizes counting
 * towards the total. Data that merely starts like a ZIP and is none is left alone. Returns the
 * size it declares.
 */
function checkInnerArchive(data: Buffer, entry: ZipEntry, limits: ZipLimits, budget: number) {
  try {
    return readZipDirectory(data, limits, budget).totalBytes;
  } catch (err) {
    if (!(err instanceof UploadRefused)) throw err;
    // Unreadable, encrypted or of another method: opaque bytes nobody here inflates.
    if (err.refusal.kind === "too_large")
      throw new UploadRefused({
        ...err.refusal,
        detail: `inside ${entry.name}: ${err.refusal.detail ?? ""}`,
      });
    return 0;
  }
}

function tooManyRows(part: string, maxRows: number, naming: ReadonlyMap<string, string>) {
  const sheet = sheetNames(naming).get(part);
  return new UploadRefused({
    kind: "validation",
    code: "TOO_MANY_ROWS",
    params: sheet === undefined ? { max: maxRows } : { max: maxRows, sheet },
    fieldKey: sheet === undefined ? "TOO_MANY_ROWS_IN_FILE" : "TOO_MANY_ROWS_IN_SHEET",
    detail: `${part} has more than ${rowAllowance(maxRows)} rows with a value`,
  });
}
