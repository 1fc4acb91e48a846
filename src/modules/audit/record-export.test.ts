// Every download of a register, the risk analysis or the staff list leaves one audit event
// with its row count; a refused download (role, tenant, PDF size limit) leaves none.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { auditEnv } from "./audit-test-support.ts";

type Event = {
  actorName: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: Record<string, { old: unknown; new: unknown }>;
};

describe.each(dbKinds)("export audit events (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let memberUser: TestUser;
  let outsider: TestUser;
  let base: string;
  let otherBase: string;

  const download = (user: TestUser, url: string) =>
    t.app.inject({ method: "GET", url, headers: { cookie: user.cookie } });

  async function audit(b = base, as = owner): Promise<{ items: Event[]; total: number }> {
    const res = await t.as(as).get(`${b}/audit-events?limit=1`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  beforeAll(async () => {
    t = await startTestApp(kind, auditEnv);
    owner = await t.signUp("書出 太郎");
    const orgId = await t.createOrg(owner, "株式会社かきだし");
    base = `/api/v1/orgs/${orgId}`;
    viewer = await t.signUp("閲覧 花子");
    await t.addMember(owner, orgId, viewer, "viewer");
    memberUser = await t.signUp("一般 次郎");
    await t.addMember(owner, orgId, memberUser, "member");
    outsider = await t.signUp("他社 三郎");
    otherBase = `/api/v1/orgs/${await t.createOrg(outsider, "他社株式会社")}`;
    const items: string[] = [];
    for (const name of ["顧客名簿", "採用応募者情報"]) {
      const res = await t.as(owner).post(`${base}/inventory-items`, { name });
      expect(res.statusCode, res.body).toBe(201);
      items.push(res.json().id);
    }
    for (const [i, description] of ["誤送信", "紛失", "盗難"].entries()) {
      const res = await t.as(owner).post(`${base}/risks`, {
        itemId: items[i % 2],
        phase: "storage_backup",
        kind: "loss",
        description,
        likelihood: 2,
        impact: 2,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    for (const name of ["山田 花子", "佐藤 一郎", "鈴木 次郎", "高橋 三郎"]) {
      const res = await t.as(owner).post(`${base}/people`, { name, employmentType: "regular" });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => t.close());

  it.each([
    ["/inventory-items/export.xlsx", "inventory_items.xlsx", 2],
    ["/risks/export.xlsx", "risks.xlsx", 3],
    ["/inventory-items/export.pdf", "inventory_items.pdf", 2],
    ["/risks/export.pdf", "risks.pdf", 3],
    ["/people/export.xlsx", "people.xlsx", 4],
  ])("GET %s records one export event with the row count", async (path, entityId, rows) => {
    const before = (await audit()).total;
    const res = await download(viewer, `${base}${path}`);
    expect(res.statusCode, res.body).toBe(200);
    const after = await audit();
    expect(after.total).toBe(before + 1);
    expect(after.items[0]).toMatchObject({
      actorName: "閲覧 花子",
      entity: "export",
      entityId,
      action: "export",
      changes: { rows: { old: null, new: rows } },
    });
  });

  it("records nothing when a member is refused (403) or another organization asks (404)", async () => {
    const paths = [
      "/inventory-items/export.xlsx",
      "/risks/export.xlsx",
      "/inventory-items/export.pdf",
      "/risks/export.pdf",
      "/people/export.xlsx",
    ];
    const before = (await audit()).total;
    for (const path of paths) {
      expect((await download(memberUser, `${base}${path}`)).statusCode, path).toBe(403);
      expect((await download(outsider, `${base}${path}`)).statusCode, path).toBe(404);
    }
    expect((await audit()).total).toBe(before);
  });

  it("records nothing when the PDF is refused for too many rows (413)", async () => {
    const orgId = otherBase.split("/").at(-1);
    await t.database.query(
      `insert into inventory_item (org_id, id, name)
       select $1, 'bulk-' || g, '大量台帳 ' || g from generate_series(1, 20001) g`,
      [orgId],
    );
    const before = (await audit(otherBase, outsider)).total;
    const res = await download(outsider, `${otherBase}/inventory-items/export.pdf`);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("PDF_TOO_MANY_ROWS");
    expect((await audit(otherBase, outsider)).total).toBe(before);
  });
});
