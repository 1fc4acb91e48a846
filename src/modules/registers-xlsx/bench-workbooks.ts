// Large, realistic register and risk workbooks for benchmarks (e.g. 10,000 items with 50,000
// risk rows), written in the export layout so they import as they are.
import { LIFECYCLE_PHASES } from "../../core/registers/inventory-fields.ts";
import { RISK_KINDS } from "../../core/registers/risk-library.ts";
import type { RiskExportRow } from "../exports/index.ts";
import type { InventoryItemOut } from "../inventory/index.ts";
import { registerXlsx } from "./register-export.ts";
import { riskXlsx } from "./risk-export.ts";

const SUBJECTS = ["顧客", "従業者", "応募者", "取引先担当者", "株主"];
const ITEMS = ["氏名", "住所", "電話番号", "メールアドレス", "生年月日", "口座番号"];
const PLACES = ["本社書庫", "人事システム", "営業管理システム", "クラウドストレージ"];

/** Item i of a generated register; departments by name (they must exist in the org). */
export function benchItem(i: number, departments: readonly string[]): InventoryItemOut {
  const dept = departments.length ? (departments[i % departments.length] ?? null) : null;
  return {
    id: `bench-${i}`,
    name: `業務台帳${String(i + 1).padStart(5, "0")}`,
    departmentId: null,
    departmentName: dept,
    subjectCategories: [SUBJECTS[i % 5] as string],
    dataItems: [
      ...ITEMS.slice(0, 2 + (i % 4)).map((name) => ({ name, category: null, sensitive: false })),
      ...(i % 10 === 0 ? [{ name: "健康診断結果", category: "健康", sensitive: true }] : []),
    ],
    infoType: "personal",
    count: `約${(i % 50) * 100 + 100}件`,
    countValue: (i % 50) * 100 + 100,
    countQualifier: "about",
    medium: ["paper", "electronic", "both"][i % 3] ?? null,
    acquisition: i % 2 ? ["direct_written"] : ["direct_written", "third_party"],
    purpose: `${SUBJECTS[i % 5]}への連絡および契約の履行（${i + 1}）`,
    noticeMethod: "ウェブサイトで公表",
    consentRequired: i % 10 === 0,
    consentBasis: i % 10 === 0 ? "申込書の同意欄" : null,
    storageLocation: PLACES[i % 4] ?? null,
    storageMethod: "施錠・アクセス制限",
    accessHolders: ["担当者", "管理者"],
    usePeriod: "契約終了まで",
    retentionPeriod: `${(i % 7) + 1}年`,
    disposalMethod: "シュレッダー・データ消去",
    outsourced: i % 4 === 0,
    outsourcee: i % 4 === 0 ? "株式会社委託先" : null,
    thirdPartyProvision: false,
    recipients: null,
    jointUse: false,
    foreignRecipient: false,
    foreignCountry: null,
    retainedPersonalData: true,
    sensitive: i % 10 === 0,
    identifiedOn: "2024-04-01",
    lastReviewedOn: i % 3 ? "2025-04-01" : null,
    status: "active",
    updatedAt: "",
  };
}

/** Risk row r (0-based) of generated item i, on the 3×3 matrix. */
export function benchRisk(item: InventoryItemOut, r: number): RiskExportRow {
  const phase = LIFECYCLE_PHASES[r % LIFECYCLE_PHASES.length]?.key ?? "transfer";
  const level = (n: number) => (n % 3) + 1;
  return {
    id: `${item.id}-${r}`,
    itemId: item.id,
    itemName: item.name,
    departmentName: item.departmentName,
    phase,
    kind: RISK_KINDS[r % RISK_KINDS.length] ?? "leak",
    description: `想定リスク${r + 1}：${phase}での取扱いの誤り`,
    likelihood: level(r),
    impact: level(r + 1),
    inherent: null,
    countermeasure: "手順書に従い二人で確認する",
    residualLikelihood: 1,
    residualImpact: level(r + 1),
    residual: null,
    acceptedBy: null,
    acceptedOn: null,
    assessed: true,
    lastReviewedOn: r % 2 ? "2025-04-01" : null,
    lastReviewedBy: r % 2 ? "見直し 担当" : null,
    reviewOn: "2026-03-31",
  };
}

/**
 * Both workbooks of a generated organization: `items` register rows (default 10,000) and
 * `risksPerItem` risk rows for each (default 5, i.e. 50,000 rows).
 */
export async function benchWorkbooks(
  opts: { items?: number; risksPerItem?: number; departments?: readonly string[] } = {},
): Promise<{ register: Buffer; risks: Buffer }> {
  const n = opts.items ?? 10_000;
  const perItem = opts.risksPerItem ?? 5;
  const departments = opts.departments ?? ["総務部", "営業部", "人事部", "開発部"];
  const items = Array.from({ length: n }, (_, i) => benchItem(i, departments));
  const risks = items.flatMap((item) =>
    Array.from({ length: perItem }, (_, r) => benchRisk(item, r)),
  );
  const meta = { orgName: "株式会社ベンチマーク", today: "2025-04-01" };
  return { register: await registerXlsx(items, meta), risks: await riskXlsx(risks, meta) };
}
