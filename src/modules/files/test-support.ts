// Helpers for the files tests: small real files of every allowed kind (and hostile ones), and
// multipart uploads with a file name written exactly as given.
import { randomBytes } from "node:crypto";
import iconv from "iconv-lite";
import { buildZip, sheetXml, type TestEntry, workbook } from "../shared/safe-upload/test-zip.ts";

/** A minimal PDF (one empty page). */
export function pdfBytes(note = "mamori"): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% ${note}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** A PDF-looking file of `bytes` bytes (random body, so it does not compress). */
export const bigPdf = (bytes: number) =>
  Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(Math.max(0, bytes - 9))]);

export const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);
export const JPEG = Buffer.concat([
  Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex"),
  randomBytes(64),
  Buffer.from("ffd9", "hex"),
]);

/** The start of a HEIC photo: an `ftyp` box with the heic brand, then a little more. */
export function heicBytes(major = "heic"): Buffer {
  const ftyp = Buffer.concat([
    Buffer.from([0, 0, 0, 24]),
    Buffer.from(`ftyp${major}`, "latin1"),
    Buffer.from([0, 0, 0, 0]),
    Buffer.from("mif1heic", "latin1"),
  ]);
  return Buffer.concat([ftyp, Buffer.from([0, 0, 0, 8]), Buffer.from("meta", "latin1")]);
}

const CT = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;

/** A Word document's parts (enough for the type by its entries), plus `extra`. */
export const docx = (extra: TestEntry[] = []) =>
  buildZip([
    { name: "[Content_Types].xml", data: CT },
    { name: "_rels/.rels", data: "<Relationships/>" },
    { name: "word/document.xml", data: "<w:document/>" },
    ...extra,
  ]);
export const pptx = () =>
  buildZip([
    { name: "[Content_Types].xml", data: CT },
    { name: "ppt/presentation.xml", data: "<p:presentation/>" },
  ]);
export const xlsx = () => workbook({ data: sheetXml([["氏名"], ["山田 太郎"]]) });
export const plainZip = () => buildZip([{ name: "memo.txt", data: "メモ" }]);

export const csvShiftJis = () => iconv.encode("氏名,部署\r\n山田 太郎,総務部\r\n", "cp932");
export const eml = () =>
  Buffer.from(
    "From: 審査機関 <info@example.jp>\r\nTo: office@example.jp\r\nSubject: =?UTF-8?B?5a+p5p+7?=\r\nDate: Mon, 1 Dec 2026 10:00:00 +0900\r\n\r\n本文です。\r\n",
  );
export const html = () => Buffer.from("<!DOCTYPE html><html><script>alert(1)</script></html>");

/**
 * A multipart body with one file. `disposition` is written as it is after `form-data;
 * name="file"; ` (so a test can send filename*= or odd quoting).
 */
export function fileUpload(name: string, content: Buffer, disposition?: string) {
  const boundary = `----mamori-files-${randomBytes(8).toString("hex")}`;
  const head = disposition ?? `filename="${name}"`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; ${head}\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}
