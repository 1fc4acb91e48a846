// A printed version for the renderer tests (docx, PDF): the internal policy template with
// hand-written data, and readers of what a .docx says.
import { unzipSync } from "fflate";
import type { BlockNode } from "../../core/documents/content.ts";
import { templateByKey } from "../../core/documents/templates/index.ts";
import type { OutputVersion } from "./documents.output.model.ts";

export function policyVersion(
  extra: Partial<OutputVersion> = {},
  blocks: BlockNode[] = [],
): OutputVersion {
  const template = templateByKey("policy.internal");
  if (!template) throw new Error("policy.internal template missing");
  return {
    organization: "株式会社テスト商事",
    number: "P-01",
    title: "個人情報保護方針（内部向け）",
    versionNo: 2,
    status: "published",
    establishedOn: "2025-04-01",
    effectiveOn: "2026-04-01",
    content: { type: "doc", content: [...template.content.content, ...blocks] },
    values: {
      "org.name": "株式会社テスト商事",
      "org.representative": null,
      "doc.establishedOn": "2025年4月1日",
      "doc.effectiveOn": "2026年4月1日",
    },
    stamps: {
      approved: { name: "山田 太郎", on: "2026-03-25" },
      checked: { name: null, on: null },
      written: { name: "佐藤 花子", on: null },
    },
    history: [
      { versionNo: 1, effectiveOn: "2025-04-01", changeNote: null, approverName: "山田 太郎" },
      {
        versionNo: 2,
        effectiveOn: "2026-04-01",
        changeNote: "苦情窓口の連絡先を改めた",
        approverName: "山田 太郎",
      },
    ],
    printedOn: "2026-12-06",
    ...extra,
  };
}

/** Every part of a .docx (a zip) by name, as text. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [name, Buffer.from(data).toString("utf8")]),
  );
}

const unescapeXml = (s: string) =>
  s
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");

/** The text of each paragraph (w:p) of a part, runs joined, as Word would show it. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => unescapeXml(t[1] ?? ""))
      .join(""),
  );
}
