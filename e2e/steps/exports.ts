// Excel and PDF out: the register and the risk analysis, downloaded with the pages' buttons and
// read back (xlsx: the header row and the new rows; PDF: the file's signature and its type).
import { assert, assertEqual, expectUrl, expectVisible } from "../lib/expect.ts";
import { downloadBy, isPdf, orgFile, readSheet } from "../lib/files.ts";
import type { Step } from "../lib/harness.ts";
import { need, type World } from "../lib/world.ts";
import { DEMO_ITEMS, NEW_ITEM } from "./inventory.ts";
import { SUGGESTED } from "./risks.ts";

/** The exports put their header on row 5, under the title block (sheet-layout.ts). */
const HEADER = 4; // index of Excel row 5
/** The demo organization's risk rows (src/modules/org/demo/demo-risk-data*.ts). */
const DEMO_RISKS = 143;
const PDF_TIMEOUT_MS = 60_000; // a PDF is rendered on a worker; slower when the machine is busy

/** The register's columns in the traditional order, as the export writes them. */
const REGISTER_HEADERS = [
  "個人情報の名称",
  "管理部門",
  "本人の区分",
  "個人情報の項目",
  "情報の種別",
  "件数",
  "媒体",
  "取得方法",
  "利用目的",
  "通知・公表の方法",
  "同意の要否",
  "同意の方法・不要の理由",
  "保管場所",
  "保管方法",
  "アクセス権を有する者",
  "利用期限",
  "保管期限",
  "廃棄方法",
  "委託の有無",
  "委託先",
  "第三者提供の有無",
  "提供先",
  "共同利用の有無",
  "外国にある第三者への提供",
  "提供先の国",
  "開示対象（保有個人データ）",
  "要配慮個人情報",
  "特定日",
  "最終見直し日",
  "状態",
];

const RISK_HEADERS = [
  "個人情報の名称",
  "管理部門",
  "フェーズ",
  "リスクの種類",
  "想定リスク",
  "発生可能性",
  "影響度",
  "固有リスク",
  "対策",
  "残存発生可能性",
  "残存影響度",
  "残存リスク",
  "評価状況",
  "受容者",
  "受容日",
  "最終見直し日",
  "見直し者",
  "見直し予定日",
];

const dataRows = (rows: string[][]) => rows.slice(HEADER + 1).filter((r) => r[0] !== "");
const stamp = /_\d{8}\.(xlsx|pdf)$/;

export const exportRegisterXlsx: Step<World> = {
  name: "Excel出力 of the register: the traditional header row and the new item's row",
  run: async (w) => {
    const { page } = w;
    const item = need(w.item, "the new item");
    await expectUrl(page, /\/inventory$/, "the register list");
    const file = await downloadBy(page, page.getByTestId("inventory-export-xlsx"));
    assert(file.filename.startsWith("個人情報管理台帳_"), `file name ${file.filename}`);
    assert(stamp.test(file.filename), `file name ${file.filename} has no date`);
    const sheet = await readSheet(file.body);
    assertEqual(sheet.name, "個人情報管理台帳", "sheet name");
    assertEqual(sheet.rows[0]?.[0], "個人情報管理台帳", "title");
    assertEqual(
      (sheet.rows[HEADER] ?? []).slice(0, REGISTER_HEADERS.length).join("|"),
      REGISTER_HEADERS.join("|"),
      "header row",
    );
    const rows = dataRows(sheet.rows);
    // The demo register, the item from the form and the two imported ones.
    assertEqual(rows.length, (w.seeded ? DEMO_ITEMS : 0) + 3, "data rows");
    const mine = rows.filter((r) => r[0] === item.name);
    assertEqual(mine.length, 1, `rows named ${item.name}`);
    const col = (header: string) => mine[0]?.[REGISTER_HEADERS.indexOf(header)];
    assertEqual(col("管理部門"), item.departmentName, "管理部門");
    assertEqual(col("個人情報の項目"), "氏名、住所", "個人情報の項目");
    assertEqual(col("利用目的"), NEW_ITEM.purpose, "利用目的");
    assertEqual(col("委託の有無"), "○", "委託の有無");
    assertEqual(col("委託先"), NEW_ITEM.outsourcee, "委託先");
  },
};

export const exportRegisterPdf: Step<World> = {
  name: "PDF出力 of the register: a PDF file, served as application/pdf",
  run: async (w) => {
    const { page } = w;
    const file = await downloadBy(page, page.getByTestId("inventory-export-pdf"), PDF_TIMEOUT_MS);
    assert(file.filename.startsWith("個人情報管理台帳_"), `file name ${file.filename}`);
    assert(file.filename.endsWith(".pdf"), `file name ${file.filename}`);
    assert(isPdf(file.body), "the download does not start with %PDF-");
    const res = await orgFile(w, "/inventory-items/export.pdf", PDF_TIMEOUT_MS);
    assertEqual(res.status, 200, "GET export.pdf status");
    assertEqual(res.contentType, "application/pdf", "content type");
    assert(res.disposition.startsWith("attachment;"), `content-disposition ${res.disposition}`);
    assert(isPdf(res.body), "the answer does not start with %PDF-");
  },
};

export const exportRisks: Step<World> = {
  name: "リスク分析 Excel出力 and PDF出力: the new item's two risks are rows of the sheet",
  run: async (w) => {
    const { page } = w;
    const item = need(w.item, "the new item");
    await page.getByTestId("nav-risks").click();
    await expectUrl(page, /\/risks$/, "the risk analysis page");
    await expectVisible(page.getByTestId("risks-table"), "the risk table");

    const xlsx = await downloadBy(page, page.getByTestId("risks-export-xlsx"));
    assert(xlsx.filename.startsWith("リスク分析表_"), `file name ${xlsx.filename}`);
    assert(stamp.test(xlsx.filename), `file name ${xlsx.filename} has no date`);
    const sheet = await readSheet(xlsx.body);
    assertEqual(
      (sheet.rows[HEADER] ?? []).slice(0, RISK_HEADERS.length).join("|"),
      RISK_HEADERS.join("|"),
      "header row",
    );
    const rows = dataRows(sheet.rows);
    assertEqual(rows.length, (w.seeded ? DEMO_RISKS : 0) + 2, "data rows");
    const col = (r: string[] | undefined, header: string) => r?.[RISK_HEADERS.indexOf(header)];
    const mine = rows.filter((r) => r[0] === item.name);
    assertEqual(mine.length, 2, `rows of ${item.name}`);
    const medium = mine.find((r) => col(r, "想定リスク") === SUGGESTED.medium.text);
    const low = mine.find((r) => col(r, "想定リスク") === SUGGESTED.low.text);
    assert(medium && low, "the two suggested risks are not both in the sheet");
    assertEqual(col(medium, "フェーズ"), "取得・入力", "フェーズ");
    assertEqual(col(medium, "固有リスク"), "中", "固有リスク of the 中 risk");
    assertEqual(col(low, "固有リスク"), "低", "固有リスク of the 低 risk");
    assertEqual(col(medium, "受容者"), w.user.name, "受容者 of the accepted risk");
    assertEqual(col(low, "受容者"), "", "受容者 of the other risk");
    // Both were confirmed (評価を確認) before: assessed, their levels printed as ratings.
    assertEqual(col(medium, "評価状況"), "評価済み", "評価状況 of the 中 risk");
    assertEqual(col(low, "評価状況"), "評価済み", "評価状況 of the 低 risk");

    const pdf = await downloadBy(page, page.getByTestId("risks-export-pdf"), PDF_TIMEOUT_MS);
    assert(pdf.filename.startsWith("リスク分析表_"), `file name ${pdf.filename}`);
    assert(isPdf(pdf.body), "the download does not start with %PDF-");
    const res = await orgFile(w, "/risks/export.pdf", PDF_TIMEOUT_MS);
    assertEqual(res.status, 200, "GET risks/export.pdf status");
    assertEqual(res.contentType, "application/pdf", "content type");
  },
};
