// Register import into an organization without the departments its file names: the preview
// lists them, and with createDepartments the commit creates them with the rows, all or nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { messyLines, messyRegister } from "./messy-register.ts";
import { upload } from "./test-support.ts";

describe.each(dbKinds)("register import, unknown departments (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let manager: TestUser;
  let base: string;
  const url = () => `${base}/inventory-items/import`;
  const departments = async () =>
    ((await t.as(owner).get(`${base}/departments`)).json().items as { name: string }[])
      .map((d) => d.name)
      .sort();
  const itemTotal = async () =>
    (await t.as(owner).get(`${base}/inventory-items?limit=1`)).json().total as number;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("部門 なし");
    const orgId = await t.createOrg(owner, "株式会社ぶもん");
    base = `/api/v1/orgs/${orgId}`;
    manager = await t.signUp("部門 管理者");
    await t.addMember(owner, orgId, manager, "manager");
  });
  afterAll(() => t.close());

  // 25 rows: 総務部 names rows 1–10, 営業部 11–20, 人事部 21–25 (messy-register.ts).
  const file = () => messyRegister({ rows: 25 });

  it("lists the unknown departments with their rows, and fails those rows without the option", async () => {
    const res = await upload(t, owner, url(), await file());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.unknownDepartments).toEqual([
      { name: "総務部", rows: 10 },
      { name: "営業部", rows: 10 },
      { name: "人事部", rows: 5 },
    ]);
    expect(body.createDepartments).toBe(false);
    expect(body.errorCount).toBe(25);
    expect(body.errors[0].message).toBe("部門「総務部」は登録されていません。");
  });

  it("previews the rows as if the departments existed when asked to create them", async () => {
    const res = await upload(t, owner, url(), await file(), { createDepartments: "true" });
    expect(res.json()).toMatchObject({
      create: 25,
      errorCount: 0,
      createDepartments: true,
      unknownDepartments: [
        { name: "総務部", rows: 10 },
        { name: "営業部", rows: 10 },
        { name: "人事部", rows: 5 },
      ],
    });
    expect(await departments()).toEqual([]);
  });

  it("creates nothing when a row is bad, the departments included", async () => {
    const bad = await messyRegister({ rows: 25, badRow: messyLines(25)[3] });
    const res = await upload(t, owner, url(), bad, { mode: "commit", createDepartments: "true" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("IMPORT_INVALID");
    expect(await departments()).toEqual([]);
    expect(await itemTotal()).toBe(0);
  });

  it("refuses a commit without the option, and a bad option value", async () => {
    const res = await upload(t, owner, url(), await file(), { mode: "commit" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("IMPORT_INVALID");
    const wrong = await upload(t, owner, url(), await file(), { createDepartments: "yes" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({ createDepartments: "選択肢から選んでください。" });
  });

  it("creates the departments and the rows in one commit, each audited", async () => {
    const res = await upload(t, manager, url(), await file(), {
      mode: "commit",
      createDepartments: "true",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ departmentsCreated: 3, created: 25, updated: 0 });
    expect(await departments()).toEqual(["人事部", "営業部", "総務部"].sort());
    const events = await t.as(owner).get(`${base}/audit-events?entity=department&limit=10`);
    expect(events.json().items.map((e: { action: string }) => e.action)).toEqual([
      "create",
      "create",
      "create",
    ]);
    // Again: nothing unknown now, the rows are unchanged.
    const again = await upload(t, owner, url(), await file(), {
      mode: "commit",
      createDepartments: "true",
    });
    expect(again.json()).toMatchObject({ departmentsCreated: 0, created: 0, unchanged: 25 });
  });
});
