// Catalogue versions: an organization follows the newest version until it adopts one; adopting
// another version keeps every assessment, hides (and reports) those whose ref the version lacks
// as an item, and shows them again when a version that has them is adopted. The two versions
// of the test catalogue are fixtures registered for this file only (vitest isolates modules).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCatalogue } from "../../core/requirements/catalogue-registry.ts";
import fixtureV1 from "../../core/requirements/fixtures/test-catalogue.v1.json" with {
  type: "json",
};
import fixtureV2 from "../../core/requirements/fixtures/test-catalogue.v2.json" with {
  type: "json",
};
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

registerCatalogue(fixtureV1, "fixtures/test-catalogue.v1.json");
registerCatalogue(fixtureV2, "fixtures/test-catalogue.v2.json");

type Item = { ref: string; status: string; notes: string | null; assessedVersion: string | null };
type List = {
  version: string;
  newestVersion: string;
  items: Item[];
  counts: Record<string, number>;
  hiddenRefs: string[];
};

describe.each(dbKinds)("catalogue versions (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let base: string;
  const Q = "?catalogue=mamori-test";

  const adoption = `/catalogue-adoption/mamori-test`;
  const adopt = (version: unknown, user = owner) =>
    t.as(user).put(`${base}${adoption}`, { version });
  async function list() {
    const res = await t.as(owner).get(`${base}/assessments${Q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as List;
  }
  const assess = (ref: string, status: string, notes?: string) =>
    t.as(owner).put(`${base}/assessments/${ref}${Q}`, { status, notes });
  const auditTotal = async () =>
    (await t.as(owner).get(`${base}/audit-events?entity=catalogue_adoption&limit=1`)).json()
      .total as number;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("版 管理");
    const orgId = await t.createOrg(owner, "株式会社はん");
    base = `/api/v1/orgs/${orgId}`;
    viewer = await t.signUp("版 閲覧");
    await t.addMember(owner, orgId, viewer, "viewer");
  });
  afterAll(() => t.close());

  it("serves the registered versions through the catalogue API", async () => {
    const cats = (await t.as(owner).get("/api/v1/catalogues")).json().items;
    expect(
      cats
        .filter((c: { id: string }) => c.id === "mamori-test")
        .map((c: { version: string; newest: boolean }) => [c.version, c.newest]),
    ).toEqual([
      ["1", false],
      ["2", true],
    ]);
    const v1 = (await t.as(owner).get("/api/v1/catalogues/mamori-test?version=1")).json();
    expect(v1).toMatchObject({ version: "1", versions: ["1", "2"], newest: false });
  });

  it("follows the newest version until one is adopted", async () => {
    const res = await t.as(viewer).get(`${base}${adoption}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      catalogueId: "mamori-test",
      version: "2",
      explicit: false,
      adoptedAt: null,
      newestVersion: "2",
      versions: ["1", "2"],
      hiddenRefs: [],
    });
    expect((await list()).items.map((i) => i.ref)).toEqual([
      "T.1.1",
      "T.1.2",
      "T.2.1",
      "T.2.3",
      "T.3.1",
    ]);
  });

  it("keeps assessments across versions, hiding and reporting refs a version lacks", async () => {
    const before = await auditTotal();
    const pinned = await adopt("1");
    expect(pinned.statusCode, pinned.body).toBe(200);
    expect(pinned.json()).toMatchObject({ version: "1", explicit: true, hiddenRefs: [] });
    expect(await auditTotal()).toBe(before + 1);
    expect((await assess("T.1.1", "conform")).statusCode).toBe(200);
    expect((await assess("T.2.2", "partial", "年1回の見直しが未実施")).statusCode).toBe(200);
    expect((await assess("T.3", "nonconform")).statusCode).toBe(200);
    const v1 = await list();
    expect(v1.version).toBe("1");
    expect(v1.items.map((i) => [i.ref, i.status, i.assessedVersion])).toEqual([
      ["T.1.1", "conform", "1"],
      ["T.1.2", "unassessed", null],
      ["T.2.1", "unassessed", null],
      ["T.2.2", "partial", "1"],
      ["T.3", "nonconform", "1"],
    ]);

    // v2 drops T.2.2 and turns T.3 into a heading.
    const moved = await adopt("2");
    expect(moved.json()).toMatchObject({
      version: "2",
      explicit: true,
      hiddenRefs: ["T.2.2", "T.3"],
    });
    const v2 = await list();
    expect(v2.items.map((i) => [i.ref, i.status, i.assessedVersion])).toEqual([
      ["T.1.1", "conform", "1"],
      ["T.1.2", "unassessed", null],
      ["T.2.1", "unassessed", null],
      ["T.2.3", "unassessed", null],
      ["T.3.1", "unassessed", null],
    ]);
    expect(v2.counts).toEqual({
      unassessed: 4,
      conform: 1,
      partial: 0,
      nonconform: 0,
      na: 0,
      total: 5,
    });
    expect(v2.hiddenRefs).toEqual(["T.2.2", "T.3"]);
    const hidden = await t.as(owner).get(`${base}/assessments/T.2.2${Q}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe("REQUIREMENT_NOT_FOUND");
    expect((await t.as(owner).get(`${base}/assessments/T.3${Q}`)).json().error.code).toBe(
      "REQUIREMENT_NOT_ASSESSABLE",
    );

    // Re-assessing under v2 records the version it was made against.
    const again = await assess("T.1.1", "partial");
    expect(again.json()).toMatchObject({ status: "partial", assessedVersion: "2" });
    expect((await assess("T.3.1", "conform")).statusCode).toBe(200);

    // Back to v1: the hidden judgements return untouched; v2's new item is now hidden.
    const back = await adopt("1");
    expect(back.json().hiddenRefs).toEqual(["T.3.1"]);
    const v1again = await list();
    expect(v1again.items.find((i) => i.ref === "T.2.2")).toMatchObject({
      status: "partial",
      notes: "年1回の見直しが未実施",
      assessedVersion: "1",
    });
    expect(v1again.items.find((i) => i.ref === "T.3")?.status).toBe("nonconform");
    expect(await auditTotal()).toBe(before + 3);
  });

  it("records nothing when the adopted version is adopted again", async () => {
    const before = await auditTotal();
    const res = await adopt("1");
    expect(res.statusCode).toBe(200);
    expect(await auditTotal()).toBe(before);
    const [event] = (
      await t.as(owner).get(`${base}/audit-events?entity=catalogue_adoption&limit=1`)
    ).json().items;
    expect(event).toMatchObject({
      entityId: "mamori-test",
      action: "update",
      changes: { version: { old: "2", new: "1" } },
    });
  });

  it("refuses an unknown version or catalogue, and readers", async () => {
    const before = await auditTotal();
    const unknown = await adopt("3");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual({
      version: "このカタログにはその版がありません。",
    });
    const missing = await t.as(owner, "en").put(`${base}${adoption}`, {});
    expect(missing.json().error.fields).toEqual({ version: "This field is required." });
    const number = await adopt(2);
    expect(number.json().error.fields).toEqual({ version: "値の形式が正しくありません。" });
    const noCatalogue = await t
      .as(owner)
      .put(`${base}/catalogue-adoption/no-such`, { version: "1" });
    expect(noCatalogue.statusCode).toBe(404);
    expect(noCatalogue.json().error.code).toBe("CATALOGUE_NOT_FOUND");
    expect((await adopt("2", viewer)).statusCode).toBe(403);
    expect(await auditTotal()).toBe(before);
    expect((await t.as(owner).get(`${base}${adoption}`)).json().version).toBe("1");
  });
});
