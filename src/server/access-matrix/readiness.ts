// Self-assessment against the requirements, adopted catalogues and the readiness summary.
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { LONG, msg, SCRIPT } from "./shared.ts";
import type { Route, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  {
    method: "GET",
    path: "/assessments",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/assessments/:ref",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async () => ({ id: "J.3.1.1" }),
  },
  {
    method: "PUT",
    path: "/assessments/:ref",
    action: "assessments.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async () => ({ id: "J.3.1.1" }),
    body: (p) => ({ status: "partial", notes: `確認中 ${p.n}`, evidence: [] }),
  },
  {
    method: "GET",
    path: "/catalogue-adoption/:catalogueId",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async () => ({ id: "pmark-guideline-2023" }),
  },
  {
    method: "PUT",
    path: "/catalogue-adoption/:catalogueId",
    action: "assessments.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async () => ({ id: "pmark-guideline-2023" }),
    body: () => ({ version: "1" }),
  },
  {
    method: "GET",
    path: "/readiness",
    action: "readiness.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
];

export const badInput: WriteRoute[] = [
  {
    method: "PUT",
    // The ref stands in the path itself: the item is in the catalogue, not a prepared record.
    path: "/assessments/J.8.1",
    valid: { status: "conform" },
    cases: [
      { what: "missing status", body: {}, fields: { status: msg.required } },
      {
        what: "status not offered",
        body: { status: "ok" },
        fields: { status: msg.invalid_value },
      },
      {
        what: "unknown field",
        body: { status: "conform", catalogueVersion: "9" },
        fields: { catalogueVersion: msg.unknown_field },
      },
      {
        what: "100 kB notes",
        body: { status: "conform", notes: LONG },
        fields: { notes: msg.too_long(4000) },
      },
      {
        what: "script in notes",
        body: { status: "partial", notes: SCRIPT },
        fields: { notes: msg.html },
      },
      {
        what: "evidence kind not offered",
        body: { status: "conform", evidence: [{ kind: "person", id: "x" }] },
        fields: { "evidence.0.kind": msg.invalid_value },
      },
      {
        what: "string for evidence",
        body: { status: "conform", evidence: "x" },
        fields: { evidence: msg.invalid_type },
      },
      {
        what: "script in an evidence label",
        body: {
          status: "conform",
          evidence: [{ kind: "url", id: "https://a.jp", label: SCRIPT }],
        },
        fields: { "evidence.0.label": msg.html },
      },
      {
        what: "not applicable without a reason",
        body: { status: "na" },
        fields: { notes: "対象外とする場合は、その理由を備考に入力してください。" },
      },
    ],
  },
  {
    method: "PUT",
    path: "/catalogue-adoption/pmark-guideline-2023",
    valid: { version: "1" },
    cases: [
      { what: "missing version", body: {}, fields: { version: msg.required } },
      {
        what: "number for version",
        body: { version: 1 },
        fields: { version: msg.invalid_type },
      },
      {
        what: "unknown field",
        body: { version: "1", hiddenRefs: [] },
        fields: { hiddenRefs: msg.unknown_field },
      },
      {
        what: "100 kB version",
        body: { version: LONG },
        fields: { version: msg.too_long(20) },
      },
    ],
  },
];
