// Reads back what a PDF says, for tests: pages, embedded fonts and the text of each page.
// Content streams are inflated with zlib and glyph codes are turned back into characters with
// each font's ToUnicode CMap, the same way a PDF viewer copies text.
import { inflateSync } from "node:zlib";

type PdfObject = { dict: string; stream: Buffer | null };

/** Every indirect object by number, with its stream inflated when it is Flate-compressed. */
export function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const src = pdf.toString("latin1");
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const start = m.index + m[0].length;
    const end = src.indexOf("endobj", start);
    const body = src.slice(start, end);
    const s = body.indexOf("stream");
    if (s < 0) {
      out.set(Number(m[1]), { dict: body, stream: null });
      re.lastIndex = end;
      continue;
    }
    const dict = body.slice(0, s);
    let from = start + s + "stream".length;
    if (src[from] === "\r") from++;
    if (src[from] === "\n") from++;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = pdf.subarray(from, from + length);
    out.set(Number(m[1]), {
      dict,
      stream: dict.includes("/FlateDecode") ? inflateSync(raw) : Buffer.from(raw),
    });
    re.lastIndex = from + length;
  }
  return out;
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** glyph code (4 hex digits) → text, from pdfkit's bfrange-with-array CMaps. */
function parseCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const range = /<([0-9a-f]{4})> <([0-9a-f]{4})> \[([^\]]*)\]/gi;
  for (let m = range.exec(cmap); m; m = range.exec(cmap)) {
    const first = Number.parseInt(m[1] ?? "0", 16);
    const targets = [...(m[3] ?? "").matchAll(/<([0-9a-f ]+)>/gi)];
    targets.forEach((t, i) => {
      const units = (t[1] ?? "").split(" ").map((h) => Number.parseInt(h, 16));
      map.set((first + i).toString(16).padStart(4, "0"), String.fromCharCode(...units));
    });
  }
  return map;
}

export type PdfSummary = {
  pages: number;
  /** BaseFont names of the fonts whose file is embedded (FontFile2 / FontFile3). */
  embeddedFonts: string[];
  /** The text of each page, glyph by glyph, without spacing. */
  pageTexts: string[];
};

export function inspectPdf(pdf: Buffer): PdfSummary {
  const objects = pdfObjects(pdf);
  const cmaps = new Map<number, Map<string, string>>();
  const embeddedFonts: string[] = [];
  for (const [num, o] of objects) {
    const descriptor = ref(o.dict, "FontDescriptor");
    const desc = descriptor === null ? undefined : objects.get(descriptor);
    if (desc && /\/FontFile[23]? \d+ 0 R/.test(desc.dict))
      embeddedFonts.push(/\/BaseFont \/(\S+)/.exec(o.dict)?.[1] ?? "");
    const toUnicode = ref(o.dict, "ToUnicode");
    const cmap = toUnicode === null ? undefined : objects.get(toUnicode)?.stream;
    if (cmap) cmaps.set(num, parseCmap(cmap.toString("latin1")));
  }
  const pages = [...objects.values()].filter((o) => /\/Type \/Page\b/.test(o.dict));
  const pageTexts = pages.map((page) => pageText(page, objects, cmaps));
  return { pages: pages.length, embeddedFonts, pageTexts };
}

function pageText(
  page: PdfObject,
  objects: Map<number, PdfObject>,
  cmaps: Map<number, Map<string, string>>,
): string {
  const resRef = ref(page.dict, "Resources");
  const resources = resRef === null ? page.dict : (objects.get(resRef)?.dict ?? "");
  const fontDict = /\/Font <<([^>]*)>>/.exec(resources)?.[1] ?? "";
  const fonts = new Map(
    [...fontDict.matchAll(/\/(\S+) (\d+) 0 R/g)].map((m) => [m[1] ?? "", Number(m[2])]),
  );
  const contentRef = ref(page.dict, "Contents");
  const content = (contentRef === null ? null : objects.get(contentRef)?.stream) ?? Buffer.alloc(0);
  let cmap = new Map<string, string>();
  let text = "";
  const tokens = /\/(\S+) [\d.]+ Tf|<([0-9a-f]*)>/gi;
  for (const m of content.toString("latin1").matchAll(tokens)) {
    if (m[1] !== undefined) cmap = cmaps.get(fonts.get(m[1]) ?? -1) ?? new Map();
    else for (const code of (m[2] ?? "").match(/.{4}/g) ?? []) text += cmap.get(code) ?? "�";
  }
  return text;
}
