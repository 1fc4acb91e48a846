// The requirement catalogue API: every signed-in user may read the catalogues (they hold no
// organization's data); one version is served flat, in guideline order, with parents.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

describe.each(dbKinds)("catalogue API (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("カタログ 閲覧");
    viewer = await t.signUp("カタログ 審査員");
  });
  afterAll(() => t.close());

  it("lists every catalogue version with counts, for any signed-in user", async () => {
    const res = await t.as(viewer).get("/api/v1/catalogues");
    expect(res.statusCode).toBe(200);
    const shipped = res.json().items.find((c: { id: string }) => c.id === "pmark-guideline-2023");
    expect(shipped).toMatchObject({
      version: "1",
      newest: true,
      effectiveFrom: "2024-10-01",
      counts: { nodes: 71, assessable: 57, unverified: 25 },
    });
    expect(shipped.title.ja).toContain("JIS Q 15001:2023");
    expect((await t.as(null).get("/api/v1/catalogues")).statusCode).toBe(401);
  });

  it("serves one version flat, in guideline order, each node naming its parent", async () => {
    const res = await t.as(viewer).get("/api/v1/catalogues/pmark-guideline-2023");
    expect(res.statusCode, res.body).toBe(200);
    const cat = res.json();
    expect(cat.versions).toEqual(["1"]);
    expect(cat.nodes).toHaveLength(71);
    expect(cat.nodes.slice(0, 3).map((n: { ref: string }) => n.ref)).toEqual([
      "J.1",
      "J.1.1",
      "J.1.2",
    ]);
    const byRef = new Map(cat.nodes.map((n: { ref: string }) => [n.ref, n]));
    expect(byRef.get("J.1")).toMatchObject({ parent: null, depth: 1, assessable: false });
    expect(byRef.get("J.8.8.4")).toMatchObject({
      urn: "urn:mamori:pmark-guideline-2023:J.8.8.4",
      parent: "J.8.8",
      depth: 3,
      assessable: true,
      verified: true,
      toVerify: null,
      annexA: null,
      appiArticles: [{ ref: "31", title: { ja: "個人関連情報の第三者提供の制限等" } }],
    });
    expect(byRef.get("J.3.1.1")).toMatchObject({
      annexA: { refs: ["A.3.3.1"], verified: false },
    });
    expect(byRef.get("J.10.5")).toMatchObject({ verified: false });
  });

  it("is 404 for an unknown catalogue or version, 401 anonymously", async () => {
    for (const path of ["/catalogues/no-such", "/catalogues/pmark-guideline-2023?version=9"]) {
      const res = await t.as(owner, "en").get(`/api/v1${path}`);
      expect(res.statusCode, path).toBe(404);
      expect(res.json().error).toEqual({
        code: "CATALOGUE_NOT_FOUND",
        message: "No such requirement catalogue.",
      });
    }
    expect((await t.as(null).get("/api/v1/catalogues/pmark-guideline-2023")).statusCode).toBe(401);
  });
});
