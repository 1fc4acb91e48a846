// The central directory of a ZIP archive (an .xlsx is one), read before anything inflates it:
// how many entries, how they are compressed, how large they say they are. It reads the archive
// the way JSZip (exceljs's unzipper) does — the last end-of-central-directory record, ZIP64
// records and extra fields, bytes before the archive, every consecutive central header — so the
// entries judged here are the ones exceljs will inflate. Pure; throws UploadRefused.
import { crc32 } from "node:zlib";
import type { UploadLimits } from "../../../server/config.ts";
import { corrupt, MB, megabytes, tooLarge, UploadRefused } from "./refusal.ts";

export type ZipLimits = Pick<
  UploadLimits,
  "zipEntries" | "zipEntryBytes" | "zipTotalBytes" | "zipRatio"
>;

/** The compression ratio is only judged on entries larger than this (uncompressed). */
export const RATIO_MIN_BYTES = MB;

export const STORED = 0;
export const DEFLATED = 8;

export interface ZipEntry {
  /** The name as JSZip decodes it (UTF-8, or the Info-ZIP Unicode path when it is valid). */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As declared; the inflate step checks that the data keeps to it. */
  uncompressedSize: number;
  /** Where the compressed bytes start and end in the buffer. */
  dataStart: number;
  dataEnd: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Sum of the declared uncompressed sizes. */
  totalBytes: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = [0x50, 0x4b, 0x05, 0x06];
const SIG_ZIP64_LOCATOR = [0x50, 0x4b, 0x06, 0x07];
const SIG_ZIP64_END = [0x50, 0x4b, 0x06, 0x06];
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
const ZIP64_EXTRA = 0x0001;
const UNICODE_PATH_EXTRA = 0x7075;
const ENCRYPTED = 0x0001;

const utf8 = new TextDecoder("utf-8");

class Reader {
  constructor(readonly buf: Buffer) {}

  need(at: number, length: number, what: string) {
    if (!(at >= 0 && length >= 0 && at + length <= this.buf.length))
      throw corrupt(`${what} lies outside the file (${at}+${length} of ${this.buf.length} bytes)`);
  }
  u16(at: number) {
    this.need(at, 2, "a field");
    return this.buf.readUInt16LE(at);
  }
  u32(at: number) {
    this.need(at, 4, "a field");
    return this.buf.readUInt32LE(at);
  }
  /** 64-bit fields; anything past 2^53 is simply "huge" (it exceeds every limit and offset). */
  u64(at: number) {
    this.need(at, 8, "a field");
    const v = this.buf.readBigUInt64LE(at);
    return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
  }
  isSig(at: number, sig: number[]) {
    return at >= 0 && at + 4 <= this.buf.length && sig.every((b, i) => this.buf[at + i] === b);
  }
  lastIndexOf(sig: number[]) {
    return this.buf.lastIndexOf(Buffer.from(sig));
  }
}

type EndRecord = { records: number; cdSize: number; cdOffset: number; expectedEnd: number };

function readEnd(r: Reader): { end: number; record: EndRecord } {
  // JSZip takes the last signature in the file; so do we (a comment may hold a fake one).
  const end = r.lastIndexOf(SIG_END);
  if (end < 0) throw corrupt("no end of central directory record");
  r.need(end, 22, "the end of central directory record");
  r.need(end + 22, r.u16(end + 20), "the archive comment");
  const disk = r.u16(end + 4);
  const cdDisk = r.u16(end + 6);
  const onDisk = r.u16(end + 8);
  let records = r.u16(end + 10);
  let cdSize = r.u32(end + 12);
  let cdOffset = r.u32(end + 16);
  const zip64 =
    disk === U16_MAX ||
    cdDisk === U16_MAX ||
    onDisk === U16_MAX ||
    records === U16_MAX ||
    cdSize === U32_MAX ||
    cdOffset === U32_MAX;
  if (!zip64) return { end, record: { records, cdSize, cdOffset, expectedEnd: cdOffset + cdSize } };

  const locator = r.lastIndexOf(SIG_ZIP64_LOCATOR);
  if (locator < 0) throw corrupt("ZIP64 marks without a ZIP64 end of central directory locator");
  r.need(locator, 20, "the ZIP64 locator");
  if (r.u32(locator + 16) > 1) throw corrupt("a multi-volume archive");
  let record64 = r.u64(locator + 8);
  if (!r.isSig(record64, SIG_ZIP64_END)) {
    record64 = r.lastIndexOf(SIG_ZIP64_END);
    if (record64 < 0) throw corrupt("no ZIP64 end of central directory record");
  }
  r.need(record64, 56, "the ZIP64 end of central directory record");
  const recordSize = r.u64(record64 + 4);
  records = r.u64(record64 + 32);
  cdSize = r.u64(record64 + 40);
  cdOffset = r.u64(record64 + 48);
  // The central directory, the ZIP64 record (12 bytes + its size) and the 20-byte locator.
  const expectedEnd = cdOffset + cdSize + 20 + 12 + recordSize;
  return { end, record: { records, cdSize, cdOffset, expectedEnd } };
}

/** Extra fields by id (a later duplicate wins, as in JSZip); each as [start, end) in the buffer. */
function extraFields(r: Reader, start: number, length: number) {
  const fields = new Map<number, [number, number]>();
  const end = start + length;
  let at = start;
  while (at + 4 < end) {
    const id = r.u16(at);
    const size = r.u16(at + 2);
    r.need(at + 4, size, "an extra field");
    fields.set(id, [at + 4, at + 4 + size]);
    at += 4 + size;
  }
  return fields;
}

function entryName(
  r: Reader,
  nameStart: number,
  nameLength: number,
  fields: Map<number, [number, number]>,
) {
  const raw = r.buf.subarray(nameStart, nameStart + nameLength);
  const unicode = fields.get(UNICODE_PATH_EXTRA);
  if (unicode && unicode[1] - unicode[0] >= 5 && r.buf[unicode[0]] === 1) {
    if (crc32(raw) === r.buf.readUInt32LE(unicode[0] + 1))
      return utf8.decode(r.buf.subarray(unicode[0] + 5, unicode[1]));
  }
  return utf8.decode(raw);
}

/**
 * Reads the central directory and refuses, before anything is inflated: more entries than
 * allowed, a declared size over the per-entry or total limit (the total counted against
 * `totalBudget`, default the limit), an absurd compression ratio on an entry over 1 MB, a
 * method other than stored/deflate, encryption, and any structure that does not add up.
 */
export function readZipDirectory(
  buf: Buffer,
  limits: ZipLimits,
  totalBudget = limits.zipTotalBytes,
): ZipDirectory {
  const r = new Reader(buf);
  const { end, record } = readEnd(r);
  if (record.records > limits.zipEntries) throw tooManyEntries(limits, record.records);
  const shift = end - record.expectedEnd;
  if (shift < 0) throw corrupt(`the central directory claims ${-shift} bytes more than there are`);

  const entries: ZipEntry[] = [];
  let totalBytes = 0;
  let at = shift + record.cdOffset;
  while (at + 4 <= buf.length && buf.readUInt32LE(at) === SIG_CENTRAL) {
    if (entries.length === limits.zipEntries) throw tooManyEntries(limits, entries.length + 1);
    r.need(at, 46, "a central directory header");
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    let compressedSize = r.u32(at + 20);
    let uncompressedSize = r.u32(at + 24);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    let localOffset = r.u32(at + 42);
    const nameStart = at + 46;
    r.need(nameStart, nameLength + extraLength + commentLength, "a central directory entry");
    const fields = extraFields(r, nameStart + nameLength, extraLength);
    const name = entryName(r, nameStart, nameLength, fields);
    if (flags & ENCRYPTED)
      throw new UploadRefused({ kind: "validation", code: "UPLOAD_ZIP_ENCRYPTED", detail: name });

    const zip64 = fields.get(ZIP64_EXTRA);
    if (zip64) {
      // Only the fields marked 0xFFFFFFFF in the header are in the ZIP64 field, in this order.
      let p = zip64[0];
      const next = () => {
        if (p + 8 > zip64[1]) throw corrupt(`the ZIP64 field of ${name} is too short`);
        const v = r.u64(p);
        p += 8;
        return v;
      };
      if (uncompressedSize === U32_MAX) uncompressedSize = next();
      if (compressedSize === U32_MAX) compressedSize = next();
      if (localOffset === U32_MAX) localOffset = next();
    }
    if (uncompressedSize === U32_MAX || compressedSize === U32_MAX)
      throw corrupt(`${name} is marked ZIP64 but has no ZIP64 sizes`);

    if (method !== STORED && method !== DEFLATED)
      throw new UploadRefused({
        kind: "validation",
        code: "UPLOAD_ZIP_METHOD",
        params: { method },
        detail: name,
      });
    if (uncompressedSize > limits.zipEntryBytes)
      throw tooLarge(
        "UPLOAD_ZIP_ENTRY_TOO_LARGE",
        { max: megabytes(limits.zipEntryBytes) },
        `${name} declares ${uncompressedSize} bytes`,
      );
    if (uncompressedSize > RATIO_MIN_BYTES && uncompressedSize > compressedSize * limits.zipRatio)
      throw tooLarge(
        "UPLOAD_ZIP_RATIO",
        { max: limits.zipRatio },
        `${name}: ${uncompressedSize} bytes from ${compressedSize}`,
      );
    totalBytes += uncompressedSize;
    if (totalBytes > totalBudget)
      throw tooLarge(
        "UPLOAD_ZIP_TOTAL_TOO_LARGE",
        { max: megabytes(limits.zipTotalBytes) },
        `${totalBytes} bytes declared by the first ${entries.length + 1} entries`,
      );

    // The data starts after the local header, whose name and extra field may differ in length.
    const local = shift + localOffset;
    r.need(local, 30, `the local header of ${name}`);
    if (r.u32(local) !== SIG_LOCAL) throw corrupt(`no local header where ${name} should start`);
    const dataStart = local + 30 + r.u16(local + 26) + r.u16(local + 28);
    r.need(dataStart, compressedSize, `the data of ${name}`);
    entries.push({
      name,
      method,
      flags,
      compressedSize,
      uncompressedSize,
      dataStart,
      dataEnd: dataStart + compressedSize,
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  if (entries.length === 0 && record.records !== 0)
    throw corrupt(`expected ${record.records} entries, found none`);
  return { entries, totalBytes };
}

function tooManyEntries(limits: ZipLimits, count: number) {
  return tooLarge(
    "UPLOAD_ZIP_TOO_MANY_ENTRIES",
    { max: limits.zipEntries },
    `${count} entries or more`,
  );
}
