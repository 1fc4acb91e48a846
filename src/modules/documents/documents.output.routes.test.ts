// The document downloads through the real HTTP routes on both databases: a version as Word
// and PDF (frozen values for an approved version, today's for a draft), 文書一式.zip with only
// the documents in force, the file names, the audit events, roles and tenants.
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentContent } from "../../core/documents/content.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { inspectPdf } from "../exports/pdf-inspect.ts";
import { readZipDirectory } from "../shared/safe-upload/zip-directory.ts";
import { docxParts, paragraphTexts } from "./documents.output.test-support.ts";
import { pmsDocument, pmsDocumentVersion } from "./documents.tables.ts";

const text = (t: string) => ({ type: "text" as const, text: t });
const field = (key: string) => ({ type: "field" as const, attrs: { key } });
const content = (...lines: (ReturnType<typeof text> | ReturnType<typeof field>)[][]) =>
  ({
    type: "doc",
    content: lines.map((inline) => ({ type: "paragraph", content: inline })),
  }) as DocumentContent;

const policyText = content(
  [field("org.name"), text("は、個人情報を大切に扱います。")],
  [text("代表者　"), field("org.representative")],
  [text("窓口電話　"), field("desk.phone")],
);
const ZIP_LIMITS = { zipEntries: 100, zipEntryBytes: 50e6, zipTotalBytes: 200e6, zipRatio: 1000 };
const encoded = (name: string) => `filename*=UTF-8''${encodeURIComponent(name)}`;

describe.each(dbKinds)("document downloads (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let memberUser: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let base: string;
  let otherBase: string;
  const ids = {
    policy: "doc-policy",
    policyV1: "ver-policy-1",
    policyV2: "ver-policy-2",
    rule: "doc-rule",
    ruleV1: "ver-rule-1",
    archived: "doc-archived",
    archivedV1: "ver-archived-1",
    form: "doc-form",
    formV1: "ver-form-1",
    other: "doc-other",
    otherV1: "ver-other-1",
  };

  const get = (user: TestUser, path: string) =>
    t.app.inject({ method: "GET", url: path, headers: { cookie: user.cookie } });
  const versionPath = (doc: string, ver: string, ext: string) =>
    `${base}/documents/${doc}/versions/${ver}/export.${ext}`;

  async function insertDocument(
    org: string,
    id: string,
    doc: { number: string; title: string; kind: string; archived?: boolean },
    versions: (Partial<typeof pmsDocumentVersion.$inferInsert> & { id: string })[],
  ) {
    const { db } = t.database;
    await db.insert(pmsDocument).values({
      orgId: org,
      id,
      number: doc.number,
      title: doc.title,
      kind: doc.kind,
      archivedAt: doc.archived ? new Date("2026-05-01T00:00:00Z") : null,
    });
    for (const [i, v] of versions.entries())
      await db.insert(pmsDocumentVersion).values({
        orgId: org,
        documentId: id,
        versionNo: i + 1,
        content: policyText,
        ...v,
      });
    const current = versions.find((v) => v.status === "published");
    if (current)
      await t.database.query(
        "update pms_document set current_version_id = $3 where org_id = $1 and id = $2",
        [org, id, current.id],
      );
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("文書 担当");
    orgId = await t.createOrg(owner, "株式会社ぶんしょ");
    base = `/api/v1/orgs/${orgId}`;
    viewer = await t.signUp("閲覧 者");
    await t.addMember(owner, orgId, viewer, "viewer");
    memberUser = await t.signUp("一般 社員");
    await t.addMember(owner, orgId, memberUser, "member");
    outsider = await t.signUp("他社 社員");
    const otherOrg = await t.createOrg(outsider, "他社株式会社");
    otherBase = `/api/v1/orgs/${otherOrg}`;
    const profile = await t.as(owner).put(`${base}/profile`, {
      name: "株式会社ぶんしょ",
      representative: "今の 代表",
    });
    expect(profile.statusCode, profile.body).toBe(200);

    const approved = {
      approverName: "前の 代表",
      approvedAt: new Date("2025-03-20T01:00:00Z"),
      updatedByName: "文書 担当",
    };
    await insertDocument(
      orgId,
      ids.policy,
      { number: "P-01", title: "個人情報保護方針", kind: "policy" },
      [
        {
          id: ids.policyV1,
          status: "superseded",
          effectiveOn: "2025-04-01",
          ...approved,
          fieldValues: { "org.name": "旧社名株式会社", "org.representative": "前の 代表" },
        },
        {
          id: ids.policyV2,
          status: "published",
          effectiveOn: "2026-04-01",
          changeNote: "代表者の交代",
          approverName: "今の 代表",
          approvedAt: new Date("2026-03-24T16:30:00Z"), // 2026-03-25 in Japan
          updatedByName: "文書 担当",
          fieldValues: { "org.name": "株式会社ぶんしょ", "org.representative": "今の 代表" },
        },
      ],
    );
    await insertDocument(
      orgId,
      ids.rule,
      { number: "R-01", title: "個人情報取扱規程", kind: "rule" },
      [{ id: ids.ruleV1, status: "draft", updatedByName: "文書 担当" }],
    );
    await insertDocument(
      orgId,
      ids.archived,
      { number: "R-02", title: "廃止した規程", kind: "rule", archived: true },
      [{ id: ids.archivedV1, status: "published", effectiveOn: "2025-04-01", ...approved }],
    );
    await insertDocument(
      orgId,
      ids.form,
      { number: "F-01", title: "入退室記録/持出し記録", kind: "form" },
      [{ id: ids.formV1, status: "published", effectiveOn: "2025-06-01", ...approved }],
    );
    await insertDocument(
      otherOrg,
      ids.other,
      { number: "X-01", title: "他社の秘密規程", kind: "rule" },
      [{ id: ids.otherV1, status: "published", effectiveOn: "2025-04-01", ...approved }],
    );
  });
  afterAll(() => t.close());

  it("downloads the version in force as Word with the values frozen at its approval", async () => {
    const res = await get(viewer, versionPath(ids.policy, ids.policyV2, "docx"));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="P-01____2.docx"; ${encoded("P-01_個人情報保護方針_第2版.docx")}`,
    );
    const parts = docxParts(res.rawPayload);
    const lines = paragraphTexts(parts["word/document.xml"] ?? "");
    expect(lines).toContain("株式会社ぶんしょは、個人情報を大切に扱います。");
    expect(lines).toContain("代表者　今の 代表");
    expect(lines).toContain("窓口電話　【窓口の電話番号：未入力】");
    expect(lines.slice(0, 9)).toEqual([
      "承認",
      "確認",
      "作成",
      "今の 代表",
      "",
      "文書 担当",
      "2026年3月25日",
      "",
      "",
    ]);
    expect(lines).toContain("制定日　2025年4月1日");
    const history = lines.slice(lines.indexOf("改訂履歴"));
    expect(history).toEqual([
      "改訂履歴",
      "版",
      "施行日",
      "改訂内容",
      "承認者",
      "第1版",
      "2025年4月1日",
      "制定",
      "前の 代表",
      "第2版",
      "2026年4月1日",
      "代表者の交代",
      "今の 代表",
    ]);
    expect(paragraphTexts(parts["word/header1.xml"] ?? "")).toEqual(["文書番号 P-01　第2版"]);
  });

  it("prints a superseded version with its own frozen values, marked 旧版", async () => {
    const res = await get(owner, versionPath(ids.policy, ids.policyV1, "docx"));
    expect(res.statusCode).toBe(200);
    const parts = docxParts(res.rawPayload);
    const lines = paragraphTexts(parts["word/document.xml"] ?? "");
    expect(lines).toContain("旧社名株式会社は、個人情報を大切に扱います。");
    expect(lines).toContain("代表者　前の 代表");
    expect(lines).not.toContain("第2版");
    expect(paragraphTexts(parts["word/header1.xml"] ?? "")).toEqual([
      "文書番号 P-01　第1版　【旧版】",
    ]);
  });

  it("fills a draft with today's data and leaves its stamp boxes empty", async () => {
    const res = await get(owner, versionPath(ids.rule, ids.ruleV1, "docx"));
    expect(res.statusCode).toBe(200);
    const parts = docxParts(res.rawPayload);
    const lines = paragraphTexts(parts["word/document.xml"] ?? "");
    expect(lines).toContain("株式会社ぶんしょは、個人情報を大切に扱います。");
    expect(lines).toContain("代表者　今の 代表");
    expect(lines.slice(0, 10)).toEqual([
      "承認",
      "確認",
      "作成",
      "",
      "",
      "",
      "",
      "",
      "",
      "【下書き】",
    ]);
    expect(parts["word/header1.xml"]).toContain('string="下書き"');
  });

  it("downloads a version as PDF with the title, 第N版, Japanese dates and page numbers", async () => {
    const res = await get(viewer, versionPath(ids.policy, ids.policyV2, "pdf"));
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toContain(
      encoded("P-01_個人情報保護方針_第2版.pdf"),
    );
    const pdf = inspectPdf(res.rawPayload);
    const page = pdf.pageTexts.join("");
    expect(page).toContain("文書番号 P-01　第2版");
    expect(page).toContain("- 1 / 1 -");
    const compact = page.replace(/\s+/g, "");
    expect(compact).toContain("個人情報保護方針事業者株式会社ぶんしょ");
    expect(compact).toContain("施行日2026年4月1日");
    expect(compact).toContain("代表者今の代表");
  });

  it("zips every document in force as Word and PDF with 文書一覧.xlsx, and nothing else", async () => {
    const res = await get(owner, `${base}/documents/export.zip`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toBe("application/zip");
    const day = todayInJapan().replaceAll("-", "");
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="${day}.zip"; ${encoded(`文書一式_${day}.zip`)}`,
    );
    const names = [
      "P-01_個人情報保護方針_第2版.docx",
      "P-01_個人情報保護方針_第2版.pdf",
      "F-01_入退室記録_持出し記録_第1版.docx",
      "F-01_入退室記録_持出し記録_第1版.pdf",
      "文書一覧.xlsx",
    ];
    const directory = readZipDirectory(res.rawPayload, ZIP_LIMITS);
    expect(directory.entries.map((e) => e.name).sort()).toEqual([...names].sort());
    // Japanese names are flagged UTF-8 (general purpose bit 11), as Explorer needs.
    for (const entry of directory.entries) expect(entry.flags & 0x800).toBe(0x800);

    const files = unzipSync(res.rawPayload);
    const word = docxParts(files["P-01_個人情報保護方針_第2版.docx"] ?? new Uint8Array());
    expect(paragraphTexts(word["word/document.xml"] ?? "")).toContain("代表者　今の 代表");
    const pdf = inspectPdf(Buffer.from(files["F-01_入退室記録_持出し記録_第1版.pdf"] ?? []));
    expect(pdf.pageTexts.join("")).toContain("文書番号 F-01　第1版");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(files["文書一覧.xlsx"] ?? []) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("文書一覧");
    const row = (n: number) =>
      [1, 2, 3, 4, 5].map((c) => {
        const v = ws?.getRow(n).getCell(c).value;
        if (v instanceof Date) return v.toISOString().slice(0, 10);
        if (v && typeof v === "object" && "richText" in v)
          return v.richText.map((r) => r.text).join("");
        return v;
      });
    expect(ws?.getCell("A1").value).toBe("文書一覧　株式会社ぶんしょ");
    expect(row(3)).toEqual(["文書番号", "文書名", "種別", "版", "施行日"]);
    expect(row(4)).toEqual(["F-01", "入退室記録/持出し記録", "様式", "第1版", "2025-06-01"]);
    expect(row(5)).toEqual(["P-01", "個人情報保護方針", "方針", "第2版", "2026-04-01"]);
    expect(ws?.getRow(6).getCell(1).value ?? null).toBeNull();
  });

  it("zips an organization without documents in force to the list alone", async () => {
    const res = await get(outsider, `${otherBase}/documents/export.zip`);
    expect(res.statusCode).toBe(200);
    const names = readZipDirectory(res.rawPayload, ZIP_LIMITS).entries.map((e) => e.name);
    expect(names.sort()).toEqual(
      ["X-01_他社の秘密規程_第1版.docx", "X-01_他社の秘密規程_第1版.pdf", "文書一覧.xlsx"].sort(),
    );
  });

  it("records each download in the audit trail", async () => {
    const before = await t.database.query<{ entity_id: string; n: number }>(
      `select entity_id, count(*)::int as n from audit_event
       where org_id = $1 and action = 'export' group by entity_id order by entity_id`,
      [orgId],
    );
    await get(owner, versionPath(ids.policy, ids.policyV2, "docx"));
    await get(owner, versionPath(ids.policy, ids.policyV2, "pdf"));
    await get(owner, `${base}/documents/export.zip`);
    const after = await t.database.query<{ entity_id: string; n: number; changes: unknown }>(
      `select entity_id, count(*)::int as n from audit_event
       where org_id = $1 and action = 'export' group by entity_id order by entity_id`,
      [orgId],
    );
    const count = (rows: { entity_id: string; n: number }[], id: string) =>
      rows.find((r) => r.entity_id === id)?.n ?? 0;
    for (const id of ["documents.docx", "documents.pdf", "documents.zip"])
      expect(count(after, id) - count(before, id)).toBe(1);
    const [zip] = await t.database.query<{ changes: { rows: { new: number } } }>(
      `select changes from audit_event where org_id = $1 and entity_id = 'documents.zip'
       order by seq desc limit 1`,
      [orgId],
    );
    expect(zip?.changes.rows.new).toBe(2);
  });

  it("refuses members (403) and answers 404 for another organization's ids", async () => {
    for (const path of [
      versionPath(ids.policy, ids.policyV2, "docx"),
      versionPath(ids.policy, ids.policyV2, "pdf"),
      `${base}/documents/export.zip`,
    ]) {
      const member = await get(memberUser, path);
      expect(member.statusCode).toBe(403);
      expect(member.json().error.code).toBe("FORBIDDEN");
      const other = await get(outsider, path);
      expect(other.statusCode).toBe(404);
      expect(other.body).not.toContain("個人情報保護方針");
    }
    for (const ext of ["docx", "pdf"]) {
      // Another organization's document and version under this organization's path.
      const foreign = await get(owner, versionPath(ids.other, ids.otherV1, ext));
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().error.code).toBe("NOT_FOUND");
      // A version of another document of the same organization.
      const mismatched = await get(owner, versionPath(ids.rule, ids.policyV2, ext));
      expect(mismatched.statusCode).toBe(404);
    }
  });
});
