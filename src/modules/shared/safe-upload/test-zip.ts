// A small ZIP writer for the safe-upload tests: honest archives, and hostile ones — sizes that
// lie, thousands of entries, ZIP64 records, zero bombs of gigabytes in a few megabytes,
// workbooks whose parts are any of these. Not used outside tests.
import { crc32, deflateRawSync, constants as zlibConstants } from "node:zlib";

export type TestEntry = {
  name: string;
  /** The content (deflated, unless `method` says stored). */
  data?: Buffer | string;
  /** Bytes already compressed (e.g. zeroBomb()); written as they are. */
  compressed?: Buffer;
  /** 0 stored, 8 deflate (default); anything else to test refusals. */
  method?: number;
  /** The uncompressed size the headers claim (default: the real one). */
  declaredSize?: number;
  /** Sizes and offset in a ZIP64 extra field, the 32-bit fields set to 0xFFFFFFFF. */
  zip64?: boolean;
  flags?: number;
};

export type ZipOptions = {
  /** ZIP64 end of central directory record and locator, the classic record saturated. */
  zip64End?: boolean;
  /** Entries the end record claims (default: the real count). */
  declaredCount?: number;
  comment?: string;
};

const MiB = 1024 * 1024;

function u16(n: number) {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}
function u64(n: number) {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

export function buildZip(entries: TestEntry[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const data = typeof e.data === "string" ? Buffer.from(e.data) : (e.data ?? Buffer.alloc(0));
    const compressed = e.compressed ?? (method === 0 ? data : deflateRawSync(data));
    const size = e.declaredSize ?? data.length;
    const crc = e.compressed ? 0 : crc32(data);
    const name = Buffer.from(e.name);
    const flags = (e.flags ?? 0) | 0x0800;
    const fixed = (sig: number) => [u32(sig), u16(45), u16(flags), u16(method), u32(0), u32(crc)];
    const sizes32 = e.zip64
      ? [u32(0xffffffff), u32(0xffffffff)]
      : [u32(compressed.length), u32(size)];
    const localExtra = e.zip64
      ? Buffer.concat([u16(1), u16(16), u64(size), u64(compressed.length)])
      : Buffer.alloc(0);
    const local = Buffer.concat([
      ...fixed(0x04034b50),
      ...sizes32,
      u16(name.length),
      u16(localExtra.length),
      name,
      localExtra,
    ]);
    const centralExtra = e.zip64
      ? Buffer.concat([u16(1), u16(24), u64(size), u64(compressed.length), u64(offset)])
      : Buffer.alloc(0);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(45),
        ...fixed(0).slice(1),
        ...sizes32,
        u16(name.length),
        u16(centralExtra.length),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(e.zip64 ? 0xffffffff : offset),
        name,
        centralExtra,
      ]),
    );
    locals.push(local, compressed);
    offset += local.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const count = options.declaredCount ?? entries.length;
  const comment = Buffer.from(options.comment ?? "");
  const tail: Buffer[] = [];
  if (options.zip64End) {
    const record = offset + cd.length;
    tail.push(
      Buffer.concat([
        u32(0x06064b50),
        u64(44),
        u16(45),
        u16(45),
        u32(0),
        u32(0),
        u64(count),
        u64(count),
        u64(cd.length),
        u64(offset),
      ]),
      Buffer.concat([u32(0x07064b50), u32(0), u64(record), u32(1)]),
      Buffer.concat([
        u32(0x06054b50),
        u16(0),
        u16(0),
        u16(0xffff),
        u16(0xffff),
        u32(0xffffffff),
        u32(0xffffffff),
        u16(comment.length),
        comment,
      ]),
    );
  } else {
    tail.push(
      Buffer.concat([
        u32(0x06054b50),
        u16(0),
        u16(0),
        u16(Math.min(count, 0xffff)),
        u16(Math.min(count, 0xffff)),
        u32(cd.length),
        u32(offset),
        u16(comment.length),
        comment,
      ]),
    );
  }
  return Buffer.concat([...locals, cd, ...tail]);
}

let zeroMiB: Buffer | undefined;

/**
 * A raw deflate stream of `bytes` zeros (whole MiB), built from one deflated MiB repeated: each
 * MiB of zeros deflated on its own and sync-flushed is about 1 KB and byte-aligned, so the
 * copies chain into one valid stream (ending with an empty final block). 2 GiB → 2 MB, at once.
 */
export function zeroBomb(bytes: number): Buffer {
  zeroMiB ??= deflateRawSync(Buffer.alloc(MiB), {
    level: 9,
    finishFlush: zlibConstants.Z_SYNC_FLUSH,
  });
  const chunks = Math.ceil(bytes / MiB);
  const out = Buffer.alloc(chunks * zeroMiB.length + 2);
  for (let i = 0; i < chunks; i++) zeroMiB.copy(out, i * zeroMiB.length);
  out[out.length - 2] = 0x03; // an empty final block with fixed codes
  out[out.length - 1] = 0x00;
  return out;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbookXml = (sheet: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

const escapeXml = (s: string) =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

/** A worksheet of inline-string rows (what exceljs and Excel read without shared strings). */
export function sheetXml(rows: string[][]): string {
  const col = (i: number) => String.fromCharCode(65 + i);
  const body = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map(
            (v, c) => `<c r="${col(c)}${r + 1}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`,
          )
          .join("")}</row>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/**
 * The parts of a minimal one-sheet workbook; `sheet` replaces xl/worksheets/sheet1.xml (a
 * bomb, a lie), `extra` adds parts (a huge sharedStrings.xml, an embedded archive …).
 */
export function workbookEntries(
  sheet: Omit<TestEntry, "name"> = { data: sheetXml([["氏名"]]) },
  extra: TestEntry[] = [],
  sheetName = "台帳",
): TestEntry[] {
  return [
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: ROOT_RELS },
    { name: "xl/workbook.xml", data: workbookXml(escapeXml(sheetName)) },
    { name: "xl/_rels/workbook.xml.rels", data: WORKBOOK_RELS },
    ...extra,
    { name: "xl/worksheets/sheet1.xml", ...sheet },
  ];
}

export const workbook = (...args: Parameters<typeof workbookEntries>) =>
  buildZip(workbookEntries(...args));

/** A sheet XML of `rows` rows, each one numeric value: compact (≈ 40 bytes a row). */
export function manyRowsSheet(rows: number): Buffer {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  parts.push("</sheetData></worksheet>");
  return Buffer.from(parts.join(""));
}
