// Which worksheet part is which sheet: _rels/.rels names the workbook part, the workbook lists
// its sheets with relationship ids, and the workbook's rels map those ids to parts. Only used
// to name a sheet in an error, so anything unexpected just leaves the sheet unnamed.
import { posix } from "node:path";

/** Parts worth keeping (as text) while the archive is checked, to name sheets later. */
export const isNamingPart = (name: string) =>
  name === "_rels/.rels" ||
  /(^|\/)_rels\/[^/]+\.rels$/i.test(name) ||
  /workbook[^/]*\.xml$/i.test(name);

/** Worksheet parts: what exceljs parses as sheets (xl/worksheets/sheetN.xml), and any like them. */
export const isWorksheetPart = (name: string) => /worksheets\/[^/]*\.xml/i.test(name);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** The start tags `<prefix:local …>` of `local` in `xml`, as attribute maps (prefixes kept). */
function elements(xml: string, local: string): Map<string, string>[] {
  const tag = new RegExp(`<(?:[\\w.-]+:)?${local}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, "g");
  const out: Map<string, string>[] = [];
  for (const m of xml.matchAll(tag)) {
    const attrs = new Map<string, string>();
    for (const a of (m[1] ?? "").matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
      attrs.set(a[1] ?? "", decodeXml(a[2] ?? a[3] ?? ""));
    out.push(attrs);
  }
  return out;
}

/** Relationship targets by id, resolved against the folder of the part they belong to. */
function relationships(rels: string | undefined, partDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of elements(rels ?? "", "Relationship")) {
    const id = rel.get("Id");
    const target = rel.get("Target");
    if (!id || !target || rel.get("TargetMode") === "External") continue;
    const path = target.startsWith("/") ? target.slice(1) : posix.join(partDir, target);
    out.set(id, posix.normalize(path));
  }
  return out;
}

function relsOf(part: string) {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** Sheet names by worksheet part path (e.g. xl/worksheets/sheet1.xml → 台帳), from the kept parts. */
export function sheetNames(parts: ReadonlyMap<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  const root = parts.get("_rels/.rels");
  const officeDocument = elements(root ?? "", "Relationship").find((r) =>
    (r.get("Type") ?? "").endsWith("/officeDocument"),
  );
  const target = officeDocument?.get("Target");
  const workbookPath = target ? posix.normalize(target.replace(/^\//, "")) : "xl/workbook.xml";
  const workbook = parts.get(workbookPath);
  if (workbook === undefined) return names;
  const targets = relationships(parts.get(relsOf(workbookPath)), posix.dirname(workbookPath));
  for (const sheet of elements(workbook, "sheet")) {
    const name = sheet.get("name");
    const idKey = [...sheet.keys()].find((k) => k.includes(":") && k.split(":")[1] === "id");
    const path = idKey ? targets.get(sheet.get(idKey) ?? "") : undefined;
    if (name !== undefined && path !== undefined) names.set(path, name);
  }
  return names;
}
