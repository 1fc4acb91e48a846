// What an attached file is, told by its bytes and never by its name or the browser's type:
// signatures for PDF, PNG, JPEG and HEIC (ISO base media `ftyp` brands), the parts inside a ZIP
// to tell an Excel, Word or PowerPoint file (Office Open XML) from a plain archive, and for
// everything else whether it is text (UTF-8 or Shift_JIS, no NUL) and, if so, mail (RFC 5322
// header lines) or markup (refused: HTML or SVG could run script where a browser opens it).
// Pure; runs in the upload process (files.reader.ts) after the archive checks.
import iconv from "iconv-lite";
import { readZipDirectory } from "../shared/safe-upload/zip-directory.ts";

export const FILE_KINDS = [
  "pdf",
  "xlsx",
  "docx",
  "pptx",
  "png",
  "jpeg",
  "heic",
  "csv",
  "txt",
  "eml",
  "zip",
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** The media type stored and served for each kind. */
export const MEDIA_TYPES: Record<FileKind, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  png: "image/png",
  jpeg: "image/jpeg",
  heic: "image/heic",
  csv: "text/csv",
  txt: "text/plain",
  eml: "message/rfc822",
  zip: "application/zip",
};

/** File name extensions that agree with each kind. */
export const EXTENSIONS: Record<FileKind, readonly string[]> = {
  pdf: ["pdf"],
  xlsx: ["xlsx"],
  docx: ["docx"],
  pptx: ["pptx"],
  png: ["png"],
  jpeg: ["jpg", "jpeg", "jpe"],
  heic: ["heic", "heif"],
  csv: ["csv"],
  txt: ["txt", "text", "log"],
  eml: ["eml"],
  zip: ["zip"],
};

/**
 * What the bytes are: a binary kind, `text` (its kind still to be chosen with the name: csv,
 * txt or eml), `mail` (text whose first lines are mail headers), or why it is refused.
 */
export type Detected =
  | { kind: Exclude<FileKind, "csv" | "txt" | "eml">; charset?: undefined }
  | { kind: "text" | "mail"; charset: "utf-8" | "shift_jis" }
  | { problem: "empty" | "not_allowed" | "markup" };

const startsWith = (b: Buffer, sig: readonly number[], at = 0) =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** HEIF brands of still images and sequences (ISO/IEC 23008-12); mif1/msf1 are HEIF in general. */
const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

/** An ISO base media file whose `ftyp` box names a HEIF brand (major or compatible). */
function isHeic(b: Buffer): boolean {
  if (b.length < 16 || b.toString("latin1", 4, 8) !== "ftyp") return false;
  const size = b.readUInt32BE(0);
  if (size < 16 || size > Math.min(b.length, 4096) || size % 4 !== 0) return false;
  for (let at = 8; at + 4 <= size; at += at === 8 ? 8 : 4) {
    if (HEIC_BRANDS.has(b.toString("latin1", at, at + 4))) return true;
  }
  return false;
}

/**
 * Office Open XML by its parts: a content-types part and the main part of the application.
 * An archive that is neither is a plain ZIP. The directory was already checked against the
 * limits (check-archive.ts), so it is read here without them.
 */
function zipKind(b: Buffer): "xlsx" | "docx" | "pptx" | "zip" {
  const open = { zipEntries: 1e6, zipEntryBytes: 2 ** 52, zipTotalBytes: 2 ** 52, zipRatio: 1e9 };
  const names = new Set(readZipDirectory(b, open).entries.map((e) => e.name));
  if (!names.has("[Content_Types].xml")) return "zip";
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("word/document.xml")) return "docx";
  if (names.has("ppt/presentation.xml")) return "pptx";
  return "zip";
}

/** The text in the bytes, or null: NUL or other control characters, or neither encoding. */
export function decodeFileText(b: Buffer): { text: string; charset: "utf-8" | "shift_jis" } | null {
  if (b.includes(0)) return null;
  let text: string;
  let charset: "utf-8" | "shift_jis" = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    text = iconv.decode(b, "cp932");
    charset = "shift_jis";
  }
  text = text.replace(/^\uFEFF/, "");
  while (text.endsWith("\x1a")) text = text.slice(0, -1); // DOS end-of-file marker
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const allowed = c === 9 || c === 10 || c === 12 || c === 13;
    if ((c < 0x20 && !allowed) || c === 0x7f || c === 0xfffd) return null;
  }
  return { text, charset };
}

/** A document a browser would render as a page or an image with script: HTML, SVG, XML. */
const MARKUP = /^\s*<(?:!doctype|html|head|body|script|svg|\?xml|iframe|object|meta|a\s|div|!--)/i;

/** RFC 5322 header lines: `Name: value` (folded lines allowed) up to the first empty line. */
export function looksLikeMail(text: string): boolean {
  const head = text.slice(0, 64 * 1024).split(/\r?\n/);
  const names: string[] = [];
  for (const line of head) {
    if (line === "") break;
    if (/^[ \t]/.test(line) && names.length > 0) continue; // folded
    const m = /^([!-9;-~]+):/.exec(line);
    if (!m?.[1]) return false;
    names.push(m[1].toLowerCase());
  }
  return names.includes("from") && names.some((n) => ["date", "subject", "to"].includes(n));
}

export function detectFile(b: Buffer): Detected {
  if (b.length === 0) return { problem: "empty" };
  if (startsWith(b, PDF)) return { kind: "pdf" };
  if (startsWith(b, PNG)) return { kind: "png" };
  if (startsWith(b, JPEG)) return { kind: "jpeg" };
  if (isHeic(b)) return { kind: "heic" };
  if (startsWith(b, ZIP)) return { kind: zipKind(b) };
  if (startsWith(b, EMPTY_ZIP)) return { kind: "zip" };
  const decoded = decodeFileText(b);
  if (!decoded) return { problem: "not_allowed" };
  if (MARKUP.test(decoded.text.slice(0, 1024))) return { problem: "markup" };
  return { kind: looksLikeMail(decoded.text) ? "mail" : "text", charset: decoded.charset };
}

/** The lowercase extension of a file name ("" when it has none). */
export const extensionOf = (name: string) => {
  const dot = name.lastIndexOf(".");
  return dot <= 0 || dot === name.length - 1 ? "" : name.slice(dot + 1).toLowerCase();
};

/** What a mismatching file really holds: an allowed kind, markup, or anything else. */
export type Content = FileKind | "markup" | "other";

export type Judged =
  | { ok: true; kind: FileKind; mediaType: string }
  | { ok: false; problem: "empty" | "not_allowed" }
  | { ok: false; problem: "mismatch"; content: Content };

const ALLOWED_EXTENSIONS = new Set(Object.values(EXTENSIONS).flat());

/**
 * The kind of an upload from what its bytes are and its name's extension. A name without an
 * extension takes the content's; one with an extension must agree with it (text may be named
 * .csv, .txt or .eml; .eml must hold mail headers). A file that claims an allowed kind by its
 * name but holds something else (HTML named .pdf) is a mismatch, anything else not allowed.
 * ZIP archives only when `allowZip`.
 */
export function judgeFile(detected: Detected, name: string, allowZip: boolean): Judged {
  const ext = extensionOf(name);
  if ("problem" in detected) {
    if (detected.problem === "empty") return { ok: false, problem: "empty" };
    if (!ALLOWED_EXTENSIONS.has(ext)) return { ok: false, problem: "not_allowed" };
    return {
      ok: false,
      problem: "mismatch",
      content: detected.problem === "markup" ? "markup" : "other",
    };
  }
  if (detected.kind === "text" || detected.kind === "mail") {
    const named = (["csv", "txt", "eml"] as const).find((k) => EXTENSIONS[k].includes(ext));
    if (ext !== "" && !named) return { ok: false, problem: "mismatch", content: "txt" };
    const kind = named ?? (detected.kind === "mail" ? "eml" : "txt");
    if (kind === "eml" && detected.kind !== "mail")
      return { ok: false, problem: "mismatch", content: "txt" };
    const base = MEDIA_TYPES[kind];
    const mediaType = kind === "eml" ? base : `${base}; charset=${detected.charset}`;
    return { ok: true, kind, mediaType };
  }
  const kind = detected.kind;
  if (kind === "zip" && !allowZip) return { ok: false, problem: "not_allowed" };
  if (ext !== "" && !EXTENSIONS[kind].includes(ext))
    return { ok: false, problem: "mismatch", content: kind };
  return { ok: true, kind, mediaType: MEDIA_TYPES[kind] };
}
