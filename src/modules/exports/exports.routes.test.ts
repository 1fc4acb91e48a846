// The PDF downloads through the real HTTP routes: headers, contents, roles and tenants.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { inspectPdf } from "./pdf-inspect.ts";

const compact = (s: string) => s.replace(/\s+/g, "");

describe.each(dbKinds)("PDF exports (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let memberUser: TestUser;
  let outsider: TestUser;
  let base: string;
  let emptyBase: string;
  const day = todayInJapan();

  async function download(user: TestUser, path: string) {
    return t.app.inject({ method: "GET", url: path, headers: { cookie: user.cookie } });
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("出力 担当");
    const orgId = await t.createOrg(owner, "株式会社しゅつりょく");
    base = `/api/v1/orgs/${orgId}`;
    viewer = await t.signUp("閲覧 者");
    await t.addMember(owner, orgId, viewer, "viewer");
    memberUser = await t.signUp("一般 社員");
    await t.addMember(owner, orgId, memberUser, "member");
    outsider = await t.signUp("他社 社員");
    emptyBase = `/api/v1/orgs/${await t.createOrg(outsider, "他社株式会社")}`;
    const dept = (await t.as(owner).post(`${base}/departments`, { name: "人事部" })).json().id;
    const item = await t.as(owner).post(`${base}/inventory-items`, {
      name: "採用応募者情報",
      departmentId: dept,
      dataItems: [{ name: "履歴書", sensitive: false }],
      medium: "paper",
      sensitive: false,
    });
    expect(item.statusCode, item.body).toBe(201);
    const risk = await t.as(owner).post(`${base}/risks`, {
      itemId: item.json().id,
      phase: "storage_backup",
      kind: "loss",
      description: "書類の紛失",
      likelihood: 2,
      impact: 3,
    });
    expect(risk.statusCode, risk.body).toBe(201);
  });
  afterAll(() => t.close());

  it("downloads the register as a PDF with a UTF-8 file name", async () => {
    const res = await download(viewer, `${base}/inventory-items/export.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    const name = encodeURIComponent(`個人情報管理台帳_${day.replaceAll("-", "")}.pdf`);
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="register-${day.replaceAll("-", "")}.pdf"; filename*=UTF-8''${name}`,
    );
    expect(res.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = compact(inspectPdf(res.rawPayload).pageTexts.join(""));
    expect(text).toContain("個人情報管理台帳株式会社しゅつりょく");
    expect(text).toContain("1採用応募者情報人事部");
    expect(text).toContain("履歴書");
  });

  it("downloads the risk analysis with the level from the matrix", async () => {
    const res = await download(owner, `${base}/risks/export.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent("リスク分析表_")}`,
    );
    const text = compact(inspectPdf(res.rawPayload).pageTexts.join(""));
    // 3×3 default matrix: likelihood 2 (中) × impact 3 (高).
    expect(text).toContain("1採用応募者情報人事部保管・バックアップ滅失書類の紛失2中3高");
  });

  it("prints a valid PDF with a no-rows line for an empty organization", async () => {
    for (const [path, line] of [
      ["/inventory-items/export.pdf", "登録されている個人情報はありません。"],
      ["/risks/export.pdf", "登録されているリスクはありません。"],
    ]) {
      const res = await download(outsider, `${emptyBase}${path}`);
      expect(res.statusCode).toBe(200);
      const pdf = inspectPdf(res.rawPayload);
      expect(pdf.pages).toBe(1);
      expect(pdf.pageTexts[0]).toContain(line);
      expect(pdf.pageTexts[0]).toContain("他社株式会社");
      expect(pdf.pageTexts[0]).not.toContain("採用応募者情報");
    }
  });

  it("refuses a register beyond 20,000 rows with 413, pointing to the xlsx export", async () => {
    const orgId = emptyBase.split("/").at(-1);
    await t.database.query(
      `insert into inventory_item (org_id, id, name)
       select $1, 'bulk-' || g, '大量台帳 ' || g from generate_series(1, 20001) g`,
      [orgId],
    );
    const res = await t.app.inject({
      method: "GET",
      url: `${emptyBase}/inventory-items/export.pdf`,
      headers: { cookie: outsider.cookie, "accept-language": "ja" },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toEqual({
      code: "PDF_TOO_MANY_ROWS",
      message: "PDFに出力できるのは20000行までです（現在20001行）。Excel形式で出力してください。",
    });
  });

  it("refuses members (403) and other organizations (404) with JSON errors", async () => {
    for (const path of ["/inventory-items/export.pdf", "/risks/export.pdf"]) {
      const member = await download(memberUser, `${base}${path}`);
      expect(member.statusCode).toBe(403);
      expect(member.json().error.code).toBe("FORBIDDEN");
      const other = await download(outsider, `${base}${path}`);
      expect(other.statusCode).toBe(404);
      expect(other.body).not.toContain("採用応募者情報");
    }
  });
});
