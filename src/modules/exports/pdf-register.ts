// 個人情報管理台帳 as a printed table: one row per register item, the columns examiners look
// for first (docs/domain.md#the-register). Labels and enum values come from
// core/registers/inventory-fields.ts.
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import {
  getInventoryField,
  type InventoryFieldKey,
} from "../../core/registers/inventory-fields.ts";
import type { RegisterExportRow } from "./export-data.ts";
import { japaneseDate, mark, type PdfColumn, tableDocument } from "./pdf-layout.ts";

export const REGISTER_TITLE = "個人情報管理台帳";
export const NO_REGISTER_ROWS = "登録されている個人情報はありません。";

const label = (key: InventoryFieldKey) => getInventoryField(key).label.ja;

/** The Japanese label of an enum code (the code itself if the catalogue lacks it). */
function enumLabel(key: InventoryFieldKey, value: string | null): string {
  if (!value) return "";
  return getInventoryField(key).values?.find((v) => v.value === value)?.label.ja ?? value;
}

/** ○ plus the detail (委託先, 提供先) when the answer is yes. */
const markWith = (v: boolean | null, detail: string | null) =>
  v && detail ? `${mark(v)} ${detail}` : mark(v);

const text = (
  key: InventoryFieldKey,
  weight: number,
  get: (r: RegisterExportRow) => string | null,
  header = label(key),
) => ({ header, weight, value: (r) => get(r) ?? "" }) satisfies PdfColumn<RegisterExportRow>;
/** Narrow ○/× columns carry a short heading of our own (the full label is in the xlsx). */
const yesNo = (header: string, get: (r: RegisterExportRow) => boolean | null) =>
  ({
    header,
    weight: 3.4,
    value: (r) => mark(get(r)),
    align: "center",
  }) satisfies PdfColumn<RegisterExportRow>;

export const REGISTER_COLUMNS: PdfColumn<RegisterExportRow>[] = [
  { header: "No.", weight: 2, value: (_r, i) => String(i + 1), align: "center" },
  text("name", 7, (r) => r.name),
  text("departmentId", 4.5, (r) => r.departmentName),
  text("subjectCategories", 4.5, (r) => r.subjectCategories.join("、")),
  text("dataItems", 9, (r) =>
    r.dataItems.map((d) => (d.sensitive ? `${d.name}（要配慮）` : d.name)).join("、"),
  ),
  text("infoType", 4.4, (r) => enumLabel("infoType", r.infoType)),
  text("count", 4.6, (r) => r.count),
  text("medium", 3, (r) => enumLabel("medium", r.medium)),
  text("acquisition", 5.5, (r) => r.acquisition.map((a) => enumLabel("acquisition", a)).join("、")),
  text("purpose", 8.5, (r) => r.purpose),
  text("storageLocation", 5, (r) => r.storageLocation),
  text("storageMethod", 5, (r) => r.storageMethod),
  text("accessHolders", 5, (r) => r.accessHolders.join("、")),
  text("usePeriod", 4, (r) => r.usePeriod),
  text("retentionPeriod", 4, (r) => r.retentionPeriod),
  text("disposalMethod", 5, (r) => r.disposalMethod),
  yesNo("同意", (r) => r.consentRequired),
  text("outsourced", 4.5, (r) => markWith(r.outsourced, r.outsourcee), "委託"),
  text(
    "thirdPartyProvision",
    4.5,
    (r) => markWith(r.thirdPartyProvision, r.recipients),
    "第三者提供",
  ),
  yesNo("開示対象", (r) => r.retainedPersonalData),
  yesNo("要配慮", (r) => r.sensitive),
  // A date is 70.5pt wide at 8pt (2026年12月31日): 7.4 of the 114.7 in all gives about 73pt.
  text("lastReviewedOn", 7.4, (r) => japaneseDate(r.lastReviewedOn)),
];

export function registerDocument(
  rows: RegisterExportRow[],
  organization: string,
  printedOn: string,
): TDocumentDefinitions {
  return tableDocument({
    title: REGISTER_TITLE,
    organization,
    printedOn,
    columns: REGISTER_COLUMNS,
    rows,
    emptyText: NO_REGISTER_ROWS,
  });
}
