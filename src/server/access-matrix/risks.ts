// The risk matrix and the risk register (リスク分析), with the PDFs of the inventory and of
// the risks (both from exports.routes.ts, listed together).
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { RISK_MATRIX_3X3 } from "../../core/registers/risk-matrix-presets.ts";
import { LONG, msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  {
    method: "GET",
    path: "/risk-matrix",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "PUT",
    path: "/risk-matrix",
    action: "riskMatrix.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    body: () => RISK_MATRIX_3X3,
  },
  {
    method: "GET",
    path: "/risks",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/risks",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 201,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
    body: (p) => ({
      itemId: p.id,
      phase: "transfer",
      kind: "leak",
      description: `誤送信 ${p.n}`,
      likelihood: 2,
      impact: 2,
    }),
  },
  {
    method: "GET",
    path: "/inventory-items/export.pdf",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/risks/export.pdf",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/risks/heatmap",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/risks/from-suggestions",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 201,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
    body: (p) => ({ itemIds: [p.id], suggestionIds: ["acq-01"] }),
  },
  {
    method: "POST",
    path: "/risks/reviewed",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.risk() }),
    body: (p) => ({ ids: [p.id], reviewedOn: "2025-04-01" }),
  },
  {
    method: "GET",
    path: "/risks/:id",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.risk() }),
  },
  {
    method: "PATCH",
    path: "/risks/:id",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.risk() }),
    body: (p) => ({ countermeasure: `宛先確認 ${p.n}` }),
  },
  {
    method: "DELETE",
    path: "/risks/:id",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.risk() }),
  },
  {
    method: "POST",
    path: "/risks/:id/confirm-assessment",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.risk() }),
  },
  {
    method: "POST",
    path: "/risks/:id/accept",
    action: "risks.accept",
    allowed: ["owner", "admin"],
    ok: 200,
    prepare: async (h) => ({ id: await h.risk() }),
    body: () => ({ acceptedOn: "2025-04-01" }),
  },
  {
    method: "DELETE",
    path: "/risks/:id/accept",
    action: "risks.accept",
    allowed: ["owner", "admin"],
    ok: 200,
    prepare: async (h) => ({ id: await h.risk() }),
  },
  {
    method: "POST",
    path: "/risks/import",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    // A JSON body instead of a file: allowed roles get past the guard to FILE_MISSING.
    ok: 400,
  },
  {
    method: "GET",
    path: "/risks/export.xlsx",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
];

export const tenantCases: TenantCase[] = [
  { method: "GET", path: "/risks/:id", make: "risk", list: "/risks/:id" },
  {
    method: "PATCH",
    path: "/risks/:id",
    make: "risk",
    body: { description: "乗っ取り" },
    list: "/risks/:id",
  },
  { method: "DELETE", path: "/risks/:id", make: "risk", list: "/risks/:id" },
  { method: "POST", path: "/risks/:id/accept", make: "risk", body: {}, list: "/risks/:id" },
  {
    method: "POST",
    path: "/risks/:id/confirm-assessment",
    make: "risk",
    body: {},
    list: "/risks/:id",
  },
  { method: "DELETE", path: "/risks/:id/accept", make: "risk", list: "/risks/:id" },
];

/** The fields of a valid risk, for a case to spoil one of them. */
const RISK = {
  itemId: "x",
  phase: "transfer",
  kind: "leak",
  description: "誤送信",
  likelihood: 2,
  impact: 2,
};

export const badInput: WriteRoute[] = [
  {
    method: "POST",
    path: "/risks",
    valid: {},
    cases: [
      {
        what: "number for description",
        body: { ...RISK, description: 7 },
        fields: { description: msg.invalid_type },
      },
      {
        what: "missing fields",
        body: {},
        fields: {
          itemId: msg.required,
          phase: null,
          kind: null,
          description: msg.required,
          likelihood: msg.required,
          impact: msg.required,
        },
      },
      {
        what: "unknown field",
        body: { ...RISK, acceptedBy: "社長" },
        fields: { acceptedBy: msg.unknown_field },
      },
      {
        what: "100 kB description",
        body: { ...RISK, description: LONG },
        fields: { description: msg.too_long(1000) },
      },
      {
        what: "script in countermeasure",
        body: { ...RISK, countermeasure: SCRIPT },
        fields: { countermeasure: msg.html },
      },
      {
        what: "string for likelihood, kind not offered",
        body: { ...RISK, likelihood: "2", kind: "fire" },
        fields: { likelihood: msg.invalid_type, kind: msg.invalid_value },
      },
      {
        what: "residual likelihood without residual impact",
        body: { ...RISK, residualLikelihood: 1 },
        fields: { residualImpact: null },
      },
    ],
  },
  {
    method: "PATCH",
    path: "/risks/:id",
    prepare: "risk",
    valid: {},
    cases: [
      {
        what: "number for description",
        body: { description: 7 },
        fields: { description: msg.invalid_type },
      },
      { what: "unknown field", body: { orgId: "x" }, fields: { orgId: msg.unknown_field } },
      {
        what: "script in description",
        body: { description: SCRIPT },
        fields: { description: msg.html },
      },
      {
        what: "likelihood off the matrix axis",
        body: { likelihood: 9 },
        fields: { likelihood: null },
      },
      {
        what: "bad review date",
        body: { reviewOn: "2024/04/01" },
        fields: { reviewOn: msg.invalid_date },
      },
      {
        what: "text for confirmAssessment",
        body: { confirmAssessment: "yes" },
        fields: { confirmAssessment: msg.invalid_type },
      },
      {
        what: "a review day (only 見直し済み records one)",
        body: { lastReviewedOn: "2025-04-01" },
        fields: { lastReviewedOn: msg.unknown_field },
      },
    ],
  },
  {
    method: "POST",
    path: "/risks/from-suggestions",
    valid: {},
    cases: [
      {
        what: "missing fields",
        body: {},
        fields: { itemIds: msg.required, suggestionIds: msg.required },
      },
      {
        what: "unknown suggestion",
        body: { itemIds: ["x"], suggestionIds: ["acq-01", "no-such"] },
        fields: { "suggestionIds.1": null },
      },
      {
        what: "101 suggestions",
        body: { itemIds: ["x"], suggestionIds: Array(101).fill("acq-01") },
        fields: { suggestionIds: "100件以内にしてください。" },
      },
      {
        what: "unknown item",
        body: { itemIds: ["no-such-item"], suggestionIds: ["acq-01"] },
        fields: { "itemIds.0": null },
      },
      {
        what: "unknown field",
        body: { itemIds: ["x"], suggestionIds: ["acq-01"], orgId: "y" },
        fields: { orgId: msg.unknown_field },
      },
    ],
  },
  {
    method: "POST",
    path: "/risks/:id/accept",
    prepare: "risk",
    valid: {},
    cases: [
      {
        what: "bad acceptance date",
        body: { acceptedOn: "2025-02-30" },
        fields: { acceptedOn: msg.invalid_date },
      },
      {
        what: "script as name",
        body: { acceptedBy: SCRIPT },
        fields: { acceptedBy: msg.html },
      },
      { what: "unknown field", body: { level: "low" }, fields: { level: msg.unknown_field } },
    ],
  },
];
