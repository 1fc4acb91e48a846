// The demo company's register, risk analysis and legal register: through the HTTP API where
// routes exist (register items, flows, audit) and the database for risks and legal entries.
// The deliberate gaps are written out by hand, so a data edit that adds or hides one fails.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baselineLawEntries } from "../../../core/registers/law-catalogue.ts";
import { isAboveAcceptance } from "../../../core/registers/risk-matrix.ts";
import { RISK_MATRIX_3X3 } from "../../../core/registers/risk-matrix-presets.ts";
import { findSensitiveItems } from "../../../core/registers/sensitive-keywords.ts";
import { reviewCutoff } from "../../../core/review-cycle.ts";
import { todayInJapan } from "../../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../../test/harness.ts";
import { verifyChain } from "../../audit/audit.service.ts";
import { type InventoryItemOut, inventoryItemInput } from "../../inventory/inventory.contract.ts";
import { type LegalRequirementOut, legalRequirementInput } from "../../legal/legal.contract.ts";
import {
  legalRequirement,
  legalRequirementDepartment,
  legalRequirementItem,
} from "../../legal/legal.tables.ts";
import type { PersonOut } from "../../people/people.contract.ts";
import { riskInput } from "../../risks/risks.contract.ts";
import { inventoryRisk } from "../../risks/risks.tables.ts";
import type { DepartmentOut } from "../org.contract.ts";
import { addMonths } from "./demo-dates.ts";
import { buildDemoRegisterRows } from "./demo-register-seed.ts";

describe("addMonths (same day, clamped to the month's end)", () => {
  it.each([
    ["2026-11-24", -14, "2025-09-24"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2024-02-29", -12, "2023-02-28"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-12-15", 1, "2027-01-15"],
  ])("%s %+d months → %s", (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });
});

describe("demo register rows, whatever the seeding day", () => {
  it.each(["2026-11-24", "2031-02-28", "2028-02-29"])("keeps its gaps when seeded on %s", (day) => {
    const rows = buildDemoRegisterRows("org", (k) => `dept-${k}`, day);
    const cutoff = reviewCutoff(day);
    const stale = rows.items.filter((i) => (i.lastReviewedOn ?? "") < cutoff).map((i) => i.name);
    expect(stale.sort()).toEqual(["入退室記録（ICカード）", "株主名簿"]);
    for (const i of rows.items)
      expect(!!i.identifiedOn && !!i.lastReviewedOn && i.identifiedOn <= i.lastReviewedOn).toBe(
        true,
      );
    expect(rows.legal.filter((l) => (l.checkedOn ?? "") < cutoff).map((l) => l.lawId)).toEqual([
      "specified_email_act",
    ]);
    // Only the risks of the two stale items are past their review date.
    const staleIds = new Set(rows.items.filter((i) => stale.includes(i.name)).map((i) => i.id));
    const overdue = rows.risks.filter((r) => (r.reviewOn ?? "") < day);
    expect(overdue).toHaveLength(10);
    for (const r of overdue) expect(staleIds.has(r.itemId)).toBe(true);
  });
});

type RiskRow = typeof inventoryRisk.$inferSelect;
type Item = InventoryItemOut;

describe.each(dbKinds)("demo register (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let items: Item[];
  let risks: RiskRow[];
  const flows = new Map<string, string[]>();
  const today = todayInJapan();

  const get = async <T>(url: string, org = orgId): Promise<T> => {
    const res = await t.as(owner).get(`/api/v1/orgs/${org}${url}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };
  const names = (list: { name: string }[]) => list.map((i) => i.name).sort();
  const itemName = (id: string) => items.find((i) => i.id === id)?.name;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("台帳 見本");
    orgId = await t.createOrg(owner, "株式会社サンプル台帳", true);
    items = (await get<{ items: Item[] }>("/inventory-items?limit=200")).items;
    for (const i of items)
      flows.set(
        i.id,
        (await get<{ steps: { phase: string }[] }>(`/inventory-items/${i.id}/flow`)).steps.map(
          (s) => s.phase,
        ),
      );
    risks = await t.database.db.select().from(inventoryRisk).where(eq(inventoryRisk.orgId, orgId));
  });
  afterAll(() => t.close());

  it("lists 26 register items, each valid against the item contract, in existing departments", async () => {
    expect(items).toHaveLength(26);
    const { items: depts } = await get<{ items: DepartmentOut[] }>("/departments");
    const deptIds = new Set(depts.map((d) => d.id));
    // countValue / countQualifier are read from 件数 by the server, not sent by a form.
    for (const { id, departmentName, updatedAt, countValue, countQualifier, ...fields } of items) {
      const parsed = inventoryItemInput.safeParse(fields);
      expect(parsed.success, `${fields.name}: ${parsed.error?.message}`).toBe(true);
      expect(deptIds.has(fields.departmentId ?? ""), fields.name).toBe(true);
      expect(fields.purpose && fields.retentionPeriod && fields.storageLocation).toBeTruthy();
      expect(fields.count, fields.name).toMatch(/\d/);
    }
    expect(new Set(items.map((i) => i.departmentName)).size).toBeGreaterThanOrEqual(7);
    expect(items.filter((i) => i.status === "retired").map((i) => i.name)).toEqual([
      "年賀状送付先リスト（利用終了）",
    ]);
  });

  it("has exactly two items overdue for their yearly review", async () => {
    const overdue = await get<{ items: Item[] }>("/inventory-items?reviewOverdue=true&limit=200");
    expect(names(overdue.items)).toEqual(["入退室記録（ICカード）", "株主名簿"]);
    for (const i of items) expect(i.lastReviewedOn, i.name).not.toBeNull();
  });

  it("names every vendor of an outsourced item but one", () => {
    const outsourced = items.filter((i) => i.outsourced);
    expect(outsourced.length).toBeGreaterThanOrEqual(8);
    expect(names(outsourced.filter((i) => !i.outsourcee))).toEqual(["防犯カメラ映像"]);
  });

  it("marks 要配慮 exactly where the data items hold it, with one consent basis missing", async () => {
    const sensitive = items.filter((i) => i.sensitive);
    expect(names(sensitive)).toEqual([
      "お客様問い合わせ履歴（受託コールセンター）",
      "ストレスチェック結果",
      "休職・復職に関する記録",
      "健康診断結果",
    ]);
    for (const i of items) {
      expect(
        i.dataItems.some((d) => d.sensitive),
        i.name,
      ).toBe(i.sensitive === true);
      // Every data item that looks like special-care data is flagged as such.
      for (const m of findSensitiveItems(i.dataItems.map((d) => d.name)))
        expect(i.dataItems.find((d) => d.name === m.item)?.sensitive, m.item).toBe(true);
    }
    expect(names(sensitive.filter((i) => !i.consentBasis))).toEqual(["休職・復職に関する記録"]);
    const filtered = await get<{ total: number }>("/inventory-items?sensitive=true");
    expect(filtered.total).toBe(4);
  });

  it("has one foreign recipient, with its country", () => {
    const foreign = items.filter((i) => i.foreignRecipient);
    expect(names(foreign)).toEqual(["見込み客リスト（顧客管理クラウド）"]);
    expect(foreign[0]?.foreignCountry).toBe("アメリカ合衆国");
    for (const i of items) if (!i.foreignRecipient) expect(i.foreignCountry).toBeNull();
  });

  it("gives every item a lifecycle flow", () => {
    for (const i of items) expect(flows.get(i.id)?.length, i.name).toBeGreaterThanOrEqual(1);
    expect([...flows.values()].flat()).toHaveLength(131);
  });

  it("scores 143 risks on the 3×3 axes, each on a phase of its item's flow", () => {
    expect(risks).toHaveLength(143);
    const axis = [1, 2, 3];
    for (const r of risks) {
      expect(axis).toContain(r.likelihood);
      expect(axis).toContain(r.impact);
      expect(r.residualLikelihood === null).toBe(r.residualImpact === null);
      if (r.residualLikelihood !== null) expect(axis).toContain(r.residualLikelihood);
      if (r.residualImpact !== null) expect(axis).toContain(r.residualImpact);
      expect(flows.get(r.itemId), r.description).toContain(r.phase);
    }
  });

  it("leaves exactly one phase of one item without any risk analysis", () => {
    const missing: string[] = [];
    for (const [id, phases] of flows)
      for (const p of phases)
        if (!risks.some((r) => r.itemId === id && r.phase === p))
          missing.push(`${itemName(id)} ${p}`);
    expect(missing).toEqual(["メールマガジン配信先 outsourcing"]);
  });

  it("accepts every residual risk within acceptance, leaving three above it unaccepted", async () => {
    const above = (r: RiskRow) =>
      isAboveAcceptance(
        RISK_MATRIX_3X3,
        r.residualLikelihood ?? r.likelihood,
        r.residualImpact ?? r.impact,
      );
    const open = risks.filter(above);
    expect(open.map((r) => `${itemName(r.itemId)} ${r.phase}`).sort()).toEqual([
      "コールセンター通話録音（受託） transfer",
      "見込み客リスト（顧客管理クラウド） use_processing",
      "防犯カメラ映像 storage_backup",
    ]);
    for (const r of open) expect([r.acceptedBy, r.acceptedOn]).toEqual([null, null]);
    expect(open.filter((r) => r.countermeasure === null)).toHaveLength(1);
    const { items: people } = await get<{ items: PersonOut[] }>("/people?status=all&limit=200");
    const staff = new Set(people.map((p) => p.name));
    const accepted = risks.filter((r) => !above(r));
    for (const r of accepted) {
      expect(staff.has(r.acceptedBy ?? ""), r.description).toBe(true);
      const { acceptedOn, reviewOn } = r;
      expect(!!acceptedOn && acceptedOn <= today && !!reviewOn && reviewOn > acceptedOn).toBe(true);
    }
    expect(new Set(accepted.map((r) => r.acceptedBy))).toEqual(new Set(["佐藤 健一", "渡辺 浩二"]));
  });

  it("keeps a legal register of 17 entries with the baseline, linked to existing items and departments", async () => {
    const db = t.database.db;
    const legal = await db.select().from(legalRequirement).where(eq(legalRequirement.orgId, orgId));
    expect(legal).toHaveLength(17);
    const lawIds = legal.map((l) => l.lawId);
    for (const b of baselineLawEntries()) expect(lawIds).toContain(b.id);
    for (const id of ["ppc_guideline_foreign", "employment_security_act", "specified_email_act"])
      expect(lawIds).toContain(id);
    expect(legal.filter((l) => l.lawId === null).map((l) => l.name)).toHaveLength(3);
    for (const l of legal)
      expect(l.articles && l.obligations && l.checkedBy && l.checkedOn).toBeTruthy();
    const stale = legal.filter((l) => (l.checkedOn ?? "") < reviewCutoff(today));
    expect(stale.map((l) => l.lawId)).toEqual(["specified_email_act"]);

    const links = await db
      .select()
      .from(legalRequirementItem)
      .where(eq(legalRequirementItem.orgId, orgId));
    const deptLinks = await db
      .select()
      .from(legalRequirementDepartment)
      .where(eq(legalRequirementDepartment.orgId, orgId));
    const itemIds = new Set(items.map((i) => i.id));
    const { items: depts } = await get<{ items: DepartmentOut[] }>("/departments");
    const deptIds = new Set(depts.map((d) => d.id));
    for (const l of links) expect(itemIds.has(l.itemId)).toBe(true);
    for (const d of deptLinks) expect(deptIds.has(d.departmentId)).toBe(true);
    const myNumber = legal.find((l) => l.lawId === "my_number_act");
    const linked = links
      .filter((l) => l.requirementId === myNumber?.id)
      .map((l) => itemName(l.itemId));
    expect(linked.sort()).toEqual(["マイナンバー（特定個人情報）", "給与データ（賃金台帳）"]);
    for (const l of legal)
      expect(
        deptLinks.some((d) => d.requirementId === l.id),
        String(l.lawId),
      ).toBe(true);
  });

  it("passes the risk and legal contracts, and their list filters find the same gaps", async () => {
    for (const r of risks) {
      const parsed = riskInput.safeParse({
        itemId: r.itemId,
        phase: r.phase,
        kind: r.kind,
        description: r.description,
        likelihood: r.likelihood,
        impact: r.impact,
        countermeasure: r.countermeasure,
        residualLikelihood: r.residualLikelihood,
        residualImpact: r.residualImpact,
        reviewOn: r.reviewOn,
      });
      expect(parsed.success, `${r.description}: ${parsed.error?.message}`).toBe(true);
    }
    const unaccepted = await get<{ total: number }>("/risks?unaccepted=true&limit=200");
    expect(unaccepted.total).toBe(3);
    const overdue = await get<{ items: { itemName: string }[] }>(
      "/risks?reviewOverdue=true&limit=200",
    );
    expect(new Set(overdue.items.map((r) => r.itemName))).toEqual(
      new Set(["入退室記録（ICカード）", "株主名簿"]),
    );
    expect(overdue.items).toHaveLength(10);

    const legal = await get<{ items: LegalRequirementOut[]; total: number }>(
      "/legal-requirements?limit=200",
    );
    expect(legal.total).toBe(17);
    for (const l of legal.items) {
      const parsed = legalRequirementInput.safeParse({
        lawId: l.lawId,
        name: l.ownName,
        kind: l.lawId ? null : l.kind,
        articles: l.articles,
        obligations: l.obligations,
        checkedBy: l.checkedBy,
        checkedOn: l.checkedOn,
        notes: l.notes,
        itemIds: l.itemIds,
        departmentIds: l.departmentIds,
      });
      expect(parsed.success, `${l.name}: ${parsed.error?.message}`).toBe(true);
    }
    const stale = await get<{ items: LegalRequirementOut[] }>(
      "/legal-requirements?checkOverdue=true",
    );
    expect(stale.items.map((l) => l.lawId)).toEqual(["specified_email_act"]);
  });

  it("counts the register in the seed event, and the audit chain still verifies", async () => {
    const { items: events } = await get<{
      items: { action: string; changes: Record<string, unknown> }[];
    }>("/audit-events?limit=200");
    const seed = events.find((e) => e.action === "seed_demo");
    expect(seed?.changes).toMatchObject({
      inventoryItems: { old: 0, new: 26 },
      flowSteps: { old: 0, new: 131 },
      risks: { old: 0, new: 143 },
      legalRequirements: { old: 0, new: 17 },
    });
    expect(await verifyChain(t.database.db, orgId)).toMatchObject({ ok: true });
  });

  it("gives a second demo organization its own register rows", async () => {
    const second = await t.createOrg(owner, "株式会社サンプル台帳（二社目）", true);
    const other = await get<{ items: Item[]; total: number }>("/inventory-items?limit=200", second);
    expect(other.total).toBe(26);
    const firstIds = new Set(items.map((i) => i.id));
    for (const i of other.items) expect(firstIds.has(i.id)).toBe(false);
    const otherRisks = await t.database.db
      .select()
      .from(inventoryRisk)
      .where(eq(inventoryRisk.orgId, second));
    expect(otherRisks).toHaveLength(143);
    const plain = await t.createOrg(owner, "株式会社からっぽ台帳");
    expect((await get<{ total: number }>("/inventory-items", plain)).total).toBe(0);
  });
});
