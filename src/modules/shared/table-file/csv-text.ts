// Text files as spreadsheets: decoding (UTF-8 with or without BOM, UTF-16 with BOM, else
// Shift_JIS as Japanese Excel writes it) and RFC 4180 splitting.
import iconv from "iconv-lite";

/** The decoded text, or null when the bytes are not text (control characters, U+FFFD). */
export function decodeText(buffer: Buffer): string | null {
  let text: string;
  if (buffer[0] === 0xff && buffer[1] === 0xfe) text = iconv.decode(buffer, "utf16le");
  else if (buffer[0] === 0xfe && buffer[1] === 0xff) text = iconv.decode(buffer, "utf16be");
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
    } catch {
      text = iconv.decode(buffer, "cp932");
    }
  }
  text = text.replace(/^\uFEFF/, "");
  while (text.endsWith("\x1a")) text = text.slice(0, -1); // DOS end-of-file marker
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) return null;
  }
  return text;
}

/** Tab-separated when the first line has tabs and no commas, else comma-separated. */
export function guessDelimiter(text: string): "," | "\t" {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  return firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
}

/** RFC 4180 records; lenient about stray quotes and an unterminated last field. */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const records: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === delimiter) {
      row.push(field);
      field = "";
      fieldStart = true;
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      records.push(row);
      row = [];
      field = "";
      fieldStart = true;
    } else {
      field += c;
      fieldStart = false;
    }
  }
  if (field !== "" || row.length > 0 || !fieldStart) {
    row.push(field);
    records.push(row);
  }
  return records;
}
