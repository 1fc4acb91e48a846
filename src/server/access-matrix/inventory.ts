// The personal-information inventory (個人情報管理台帳), the files attached to its items and
// its Excel download. Its PDF is in risks.ts, beside the risks' PDF (exports.routes.ts).
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { LONG, msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  {
    method: "GET",
    path: "/inventory-items",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/inventory-items",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 201,
    body: (p) => ({ name: `顧客名簿 ${p.n}`, purpose: "商品の発送" }),
  },
  {
    method: "POST",
    path: "/inventory-items/reviewed",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
    body: (p) => ({ ids: [p.id], reviewedOn: "2025-04-01" }),
  },
  {
    method: "GET",
    path: "/inventory-items/:id",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
  },
  {
    method: "PATCH",
    path: "/inventory-items/:id",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
    body: (p) => ({ storageLocation: `書庫 ${p.n}` }),
  },
  {
    method: "DELETE",
    path: "/inventory-items/:id",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
  },
  {
    method: "GET",
    path: "/inventory-items/:id/flow",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
  },
  {
    method: "PUT",
    path: "/inventory-items/:id/flow",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.inventoryItem() }),
    body: (p) => ({ steps: [{ phase: "acquisition_input", who: `担当 ${p.n}` }] }),
  },
  {
    method: "POST",
    path: "/inventory-items/import",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    // A JSON body instead of a file: allowed roles get past the guard to FILE_MISSING.
    ok: 400,
  },
  // Files attached to a register item follow the register's actions (the owner kind's).
  {
    method: "GET",
    path: "/attachments/owners/:ownerKind/:ownerId",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: `inventory_item/${await h.inventoryItem()}` }),
  },
  {
    method: "POST",
    path: "/attachments/owners/:ownerKind/:ownerId",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    // A JSON body instead of a file: allowed roles get past the guard to FILE_MISSING.
    ok: 400,
    prepare: async (h) => ({ id: `inventory_item/${await h.inventoryItem()}` }),
  },
  {
    method: "GET",
    path: "/attachments/:id/download",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.attachment() }),
  },
  {
    method: "DELETE",
    path: "/attachments/:id",
    action: "inventory.write",
    allowed: ["owner", "admin", "manager", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.attachment() }),
  },
  {
    method: "GET",
    path: "/inventory-items/export.xlsx",
    action: "inventory.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
];

export const tenantCases: TenantCase[] = [
  {
    method: "GET",
    path: "/inventory-items/:id",
    make: "inventoryItem",
    list: "/inventory-items/:id",
  },
  {
    method: "PATCH",
    path: "/inventory-items/:id",
    make: "inventoryItem",
    body: { name: "乗っ取り" },
    list: "/inventory-items/:id",
  },
  {
    method: "DELETE",
    path: "/inventory-items/:id",
    make: "inventoryItem",
    list: "/inventory-items/:id",
  },
  {
    method: "PUT",
    path: "/inventory-items/:id/flow",
    make: "inventoryItem",
    body: { steps: [] },
    list: "/inventory-items/:id",
  },
];

export const badInput: WriteRoute[] = [
  {
    method: "POST",
    path: "/inventory-items",
    valid: { name: "顧客名簿" },
    cases: [
      { what: "number for name", body: { name: 7 }, fields: { name: msg.invalid_type } },
      { what: "missing name", body: {}, fields: { name: msg.required } },
      {
        what: "unknown field",
        body: { name: "台帳", orgId: "x" },
        fields: { orgId: msg.unknown_field },
      },
      { what: "100 kB name", body: { name: LONG }, fields: { name: msg.too_long(200) } },
      {
        what: "script in purpose",
        body: { name: "台帳", purpose: SCRIPT },
        fields: { purpose: msg.html },
      },
      {
        what: "medium not offered",
        body: { name: "台帳", medium: "cd" },
        fields: { medium: msg.invalid_value },
      },
    ],
  },
  {
    method: "PATCH",
    path: "/inventory-items/:id",
    prepare: "inventoryItem",
    valid: { name: "顧客名簿" },
    cases: [
      { what: "number for name", body: { name: 7 }, fields: { name: msg.invalid_type } },
      { what: "unknown field", body: { orgId: "x" }, fields: { orgId: msg.unknown_field } },
      { what: "script in name", body: { name: SCRIPT }, fields: { name: msg.html } },
      {
        what: "bad review date",
        body: { lastReviewedOn: "2024/04/01" },
        fields: { lastReviewedOn: msg.invalid_date },
      },
    ],
  },
];
