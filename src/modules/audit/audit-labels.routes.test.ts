// The 監査ログ page reads the demo company's one seed event with a label for every count and
// field, and without two different figures under one label (the people added, former staff
// included, beside the profile's 従業者数).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditFieldLabel, isHiddenField } from "../../core/audit/audit-fields.ts";
import { type AuditValueContext, auditValueText } from "../../core/audit/audit-values.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

type Event = {
  entity: string;
  action: string;
  changes: Record<string, { old: unknown; new: unknown }>;
};

const context = (lang: "ja" | "en"): AuditValueContext => ({
  lang,
  departments: new Map(),
  people: new Map(),
  users: new Map(),
  appLabel: () => null,
  dateTime: (iso) => iso,
});

describe.each(dbKinds)("audit labels of the demo company (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let seed: Event;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("監査 確認");
    orgId = await t.createOrg(owner, "株式会社ラベル確認", true);
    const res = await t
      .as(owner)
      .get(`/api/v1/orgs/${orgId}/audit-events?entity=organization&action=seed_demo`);
    expect(res.statusCode, res.body).toBe(200);
    const items = (res.json() as { items: Event[] }).items;
    expect(items).toHaveLength(1);
    seed = items[0] as Event;
  });
  afterAll(() => t.close());

  it("labels every field of the seed event in both languages", () => {
    const fields = Object.keys(seed.changes).filter((f) => !isHiddenField("organization", f));
    expect(fields).toEqual(expect.arrayContaining(["people", "employeeCount", "activityRecords"]));
    for (const lang of ["ja", "en"] as const) {
      const unlabelled = fields.filter((f) => auditFieldLabel("organization", f, lang) === null);
      expect(unlabelled, lang).toEqual([]);
    }
  });

  it("gives no two different values one label", () => {
    const byLabel = new Map<string, Set<string>>();
    for (const [field, change] of Object.entries(seed.changes)) {
      const label = auditFieldLabel("organization", field, "ja") ?? field;
      const values = byLabel.get(label) ?? new Set<string>();
      values.add(JSON.stringify(change.new));
      byLabel.set(label, values);
    }
    const clashing = [...byLabel].filter(([, values]) => values.size > 1).map(([l]) => l);
    expect(clashing).toEqual([]);
    // 42 people are added, 2 of whom have left: the profile declares the 40 in office.
    expect(seed.changes.people?.new).toBe(42);
    expect(seed.changes.employeeCount?.new).toBe(40);
  });

  it("writes every value as text, never as raw JSON", () => {
    for (const lang of ["ja", "en"] as const)
      for (const [field, change] of Object.entries(seed.changes)) {
        const text = auditValueText("organization", field, change.new, context(lang));
        expect(text, field).not.toMatch(/[{}"]/);
      }
    const offices = auditValueText("organization", "offices", seed.changes.offices?.new, {
      ...context("ja"),
    });
    expect(offices.startsWith("東京都千代田区")).toBe(true);
  });
});
