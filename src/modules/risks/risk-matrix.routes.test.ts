// The organization's risk matrix, its presets and the law catalogue through the real routes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

/** The 3 × 3 preset, written out by hand. */
const lv = (value: number, ja: string, en: string) => ({ value, label: { ja, en } });
const THREE = [lv(1, "低", "Low"), lv(2, "中", "Medium"), lv(3, "高", "High")];
const LOW = { key: "low", label: { ja: "低", en: "Low" }, color: "#2F9E44", rank: 1 };
const MEDIUM = { key: "medium", label: { ja: "中", en: "Medium" }, color: "#F59F00", rank: 2 };
const HIGH = { key: "high", label: { ja: "高", en: "High" }, color: "#E03131", rank: 3 };
const DEFAULT_MATRIX = {
  likelihood: { levels: THREE },
  impact: { levels: THREE },
  riskLevels: [LOW, MEDIUM, HIGH],
  grid: [
    ["low", "low", "medium"],
    ["low", "medium", "high"],
    ["medium", "high", "high"],
  ],
  acceptanceMaxRank: 1,
};
/** A 2 × 2 matrix of the organization's own. */
const OWN = {
  likelihood: { levels: [lv(1, "まれ", "Rare"), lv(2, "よくある", "Often")] },
  impact: { levels: [lv(1, "軽微", "Minor"), lv(2, "重大", "Major")] },
  riskLevels: [LOW, HIGH],
  grid: [
    ["low", "low"],
    ["low", "high"],
  ],
  acceptanceMaxRank: 1,
};

describe.each(dbKinds)("risk matrix (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let auditor: TestUser;
  let outsider: TestUser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("リスク 担当");
    const orgId = await t.createOrg(owner, "株式会社りすく");
    base = `/api/v1/orgs/${orgId}`;
    auditor = await t.signUp("監査 役");
    await t.addMember(owner, orgId, auditor, "auditor");
    outsider = await t.signUp("他社 社員");
    await t.createOrg(outsider, "他社株式会社");
  });
  afterAll(() => t.close());

  const auditTotal = async () =>
    (await t.as(owner).get(`${base}/audit-events?entity=risk_matrix`)).json().total as number;

  it("answers the 3 × 3 preset until the organization sets its own", async () => {
    const res = await t.as(owner).get(`${base}/risk-matrix`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ matrix: DEFAULT_MATRIX, isDefault: true });
  });

  it("stores the organization's matrix and records it in the audit trail", async () => {
    const put = await t.as(owner).put(`${base}/risk-matrix`, OWN);
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toEqual({ matrix: OWN, isDefault: false });
    expect((await t.as(owner).get(`${base}/risk-matrix`)).json()).toEqual({
      matrix: OWN,
      isDefault: false,
    });
    expect((await t.as(auditor).get(`${base}/risk-matrix`)).json().matrix).toEqual(OWN);
    const events = (await t.as(owner).get(`${base}/audit-events?entity=risk_matrix`)).json()
      .items as { action: string; changes: { definition: { old: unknown; new: unknown } } }[];
    expect(events).toHaveLength(1);
    expect(events[0]?.action).toBe("create");
    expect(events[0]?.changes.definition).toEqual({ old: null, new: OWN });

    const again = await t.as(owner).put(`${base}/risk-matrix`, DEFAULT_MATRIX);
    expect(again.statusCode).toBe(200);
    const [latest] = (await t.as(owner).get(`${base}/audit-events?entity=risk_matrix`)).json()
      .items as { action: string }[];
    expect(latest?.action).toBe("update");
  });

  it("refuses a grid with the wrong number of rows, naming the problem", async () => {
    const before = await auditTotal();
    const res = await t.as(owner).put(`${base}/risk-matrix`, {
      ...DEFAULT_MATRIX,
      grid: [
        ["low", "low", "medium"],
        ["low", "medium", "high"],
      ],
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.fields).toEqual({
      grid: "表の行数（2）が発生可能性の段階数（3）と一致しません。",
    });
    expect(error.details.issues).toEqual([
      {
        code: "grid_rows",
        path: ["grid"],
        message: "grid has 2 rows; the likelihood axis has 3 levels",
      },
    ]);
    expect(await auditTotal()).toBe(before);
  });

  it("refuses a short grid row and an undefined level, in English when asked", async () => {
    const res = await t.as(owner, "en").put(`${base}/risk-matrix`, {
      ...DEFAULT_MATRIX,
      grid: [
        ["low", "low", "medium"],
        ["low", "medium"],
        ["medium", "extreme", "high"],
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      "grid.1": "Grid row 2 has 2 cells; the impact axis has 3 levels.",
      "grid.2.1": "This risk level is not defined.",
    });
  });

  it("refuses a matrix of the wrong shape and duplicate level keys", async () => {
    const shape = await t.as(owner).put(`${base}/risk-matrix`, { ...DEFAULT_MATRIX, grid: "3x3" });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.fields).toEqual({ grid: "値が正しくありません。" });
    const dup = await t.as(owner).put(`${base}/risk-matrix`, {
      ...DEFAULT_MATRIX,
      riskLevels: [LOW, MEDIUM, { ...HIGH, key: "medium" }],
      grid: [
        ["low", "low", "medium"],
        ["low", "medium", "medium"],
        ["medium", "medium", "medium"],
      ],
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields).toEqual({ riskLevels: "同じ値が重複しています。" });
  });

  it("is 403 for an auditor writing and 404 for another organization's user", async () => {
    const a = await t.as(auditor).put(`${base}/risk-matrix`, OWN);
    expect(a.statusCode).toBe(403);
    expect((await t.as(outsider).get(`${base}/risk-matrix`)).statusCode).toBe(404);
    expect((await t.as(outsider).put(`${base}/risk-matrix`, OWN)).statusCode).toBe(404);
  });

  it("serves the presets and the law catalogue to signed-in users only", async () => {
    expect((await t.as(null).get("/api/v1/risk-matrix/presets")).statusCode).toBe(401);
    expect((await t.as(null).get("/api/v1/laws")).statusCode).toBe(401);
    const presets = (await t.as(outsider).get("/api/v1/risk-matrix/presets")).json() as {
      items: { key: string; matrix: { grid: string[][] } }[];
    };
    expect(presets.items.map((p) => p.key)).toEqual(["3x3", "5x5"]);
    expect(presets.items[0]?.matrix).toEqual(DEFAULT_MATRIX);
    expect(presets.items[1]?.matrix.grid).toHaveLength(5);
    const laws = (await t.as(outsider).get("/api/v1/laws")).json() as {
      items: { id: string; name: { ja: string } }[];
    };
    expect(laws.items).toHaveLength(18);
    expect(laws.items[0]).toMatchObject({
      id: "appi",
      name: { ja: "個人情報の保護に関する法律" },
    });
  });
});
