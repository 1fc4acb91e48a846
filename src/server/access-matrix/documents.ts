// The document register (文書管理): documents, their versions and approval
// (documents.routes.ts). 周知・誓約, downloads and templates: documents-distribution.ts.
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { ALL, LONG, msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  {
    method: "GET",
    path: "/documents",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/documents",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    body: (p) => ({ number: `AC-${p.n}`, title: `準備規程 ${p.n}`, kind: "rule" }),
  },
  {
    method: "GET",
    path: "/documents/published",
    action: "org.read",
    allowed: ALL,
    ok: 200,
  },
  {
    method: "GET",
    path: "/documents/published/:id",
    action: "org.read",
    allowed: ALL,
    ok: 200,
    prepare: async (h) => ({ id: await h.publishedDocument() }),
  },
  {
    method: "GET",
    path: "/documents/awaiting-my-approval",
    action: "documents.approve",
    allowed: ["owner", "admin", "manager", "member"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/documents/:id",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.document() }),
  },
  {
    method: "PATCH",
    path: "/documents/:id",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.document() }),
    body: (p) => ({ title: `改題 ${p.n}` }),
  },
  {
    method: "DELETE",
    path: "/documents/:id",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 204,
    prepare: async (h) => ({ id: await h.document() }),
  },
  {
    method: "POST",
    path: "/documents/:id/archive",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.document() }),
  },
  {
    method: "POST",
    path: "/documents/:id/restore",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.document() }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    prepare: async (h) => ({ id: await h.publishedDocument() }),
    body: () => ({}),
  },
  {
    method: "GET",
    path: "/documents/:id/compare",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.document() }),
  },
  {
    method: "GET",
    path: "/documents/:id/versions/:vid",
    // Readers of documents, and a member named as the version's approver (each caller is
    // named where their role may approve; documents.routes.test.ts covers a member not named).
    action: "org.read",
    allowed: ALL,
    ok: 200,
    prepare: async (h, role) => ({ id: await h.reviewVersion(role) }),
  },
  {
    method: "PUT",
    path: "/documents/:id/versions/:vid",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.draftVersion() }),
    body: (p) => ({
      content: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: `第${p.n}条` }] }],
      },
      revision: 1,
    }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/submit",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    // personId carries the approver's user id (the owner of organization A).
    prepare: async (h) => ({ id: await h.draftVersion(), personId: await h.ownerUserId() }),
    body: (p) => ({ approverUserId: p.personId }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/send-back",
    // Also the named approver declining it (documents.routes.test.ts); here the owner is named.
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.reviewVersion() }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/approve",
    // Only the named approver may approve (documents.routes.test.ts): each caller is named.
    action: "documents.approve",
    allowed: ["owner", "admin", "manager", "member"],
    ok: 200,
    prepare: async (h, role) => ({ id: await h.reviewVersion(role) }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/publish",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.approvedVersion() }),
    body: () => ({}),
  },
];

export const tenantCases: TenantCase[] = [
  { method: "GET", path: "/documents/:id", make: "document", list: "/documents/:id" },
  {
    method: "PATCH",
    path: "/documents/:id",
    make: "document",
    body: { title: "乗っ取り" },
    list: "/documents/:id",
  },
  { method: "DELETE", path: "/documents/:id", make: "document", list: "/documents/:id" },
  {
    method: "POST",
    path: "/documents/:id/archive",
    make: "document",
    list: "/documents/:id",
  },
  {
    method: "POST",
    path: "/documents/:id/versions",
    make: "publishedDocument",
    body: {},
    list: "/documents/:id",
  },
];

export const badInput: WriteRoute[] = [
  {
    method: "POST",
    path: "/documents",
    valid: {},
    cases: [
      {
        what: "missing fields",
        body: {},
        fields: { number: null, title: null, kind: msg.invalid_value },
      },
      {
        what: "number for the title, kind not offered",
        body: { number: "R-01", title: 7, kind: "memo" },
        fields: { title: msg.invalid_type, kind: msg.invalid_value },
      },
      {
        what: "unknown field",
        body: { number: "R-01", title: "規程", kind: "rule", currentVersionId: "x" },
        fields: { currentVersionId: msg.unknown_field },
      },
      {
        what: "100 kB title",
        body: { number: "R-01", title: LONG, kind: "rule" },
        fields: { title: msg.too_long(200) },
      },
      {
        what: "script in title",
        body: { number: "R-01", title: SCRIPT, kind: "rule" },
        fields: { title: msg.html },
      },
      {
        what: "a number that is no file name, a J item misspelt",
        body: { number: "R/01", title: "規程", kind: "rule", jRefs: ["A.3.1"] },
        fields: {
          number: "文書番号は文字・数字と「-」「_」「.」で入力してください（例：R-01）。",
          "jRefs.0": "J項番は「J.3.1.1」の形で入力してください。",
        },
      },
    ],
  },
  {
    method: "PATCH",
    path: "/documents/:id",
    prepare: "document",
    valid: { title: "正常" },
    cases: [
      { what: "number for title", body: { title: 7 }, fields: { title: msg.invalid_type } },
      { what: "unknown field", body: { orgId: "x" }, fields: { orgId: msg.unknown_field } },
      { what: "script in title", body: { title: SCRIPT }, fields: { title: msg.html } },
      {
        what: "bad review day, text for the interval",
        body: { nextReviewOn: "2026/04/01", reviewIntervalMonths: "12" },
        fields: { nextReviewOn: msg.invalid_date, reviewIntervalMonths: msg.invalid_type },
      },
      {
        what: "approver role not offered",
        body: { approverRole: "auditor" },
        fields: { approverRole: msg.invalid_value },
      },
    ],
  },
  {
    method: "PUT",
    path: "/documents/:id/versions/:vid",
    prepare: "draftVersion",
    valid: {},
    cases: [
      {
        what: "text for the revision",
        body: { content: { type: "doc", content: [] }, revision: "1" },
        fields: { revision: msg.invalid_type },
      },
      {
        what: "unknown field",
        body: { content: { type: "doc", content: [] }, revision: 1, status: "approved" },
        fields: { status: msg.unknown_field },
      },
      {
        what: "script in the change note",
        body: { content: { type: "doc", content: [] }, revision: 1, changeNote: SCRIPT },
        fields: { changeNote: msg.html },
      },
    ],
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/submit",
    prepare: "draftVersion",
    valid: {},
    cases: [
      { what: "no approver", body: {}, fields: { approverUserId: null } },
      {
        what: "number for the approver",
        body: { approverUserId: 7 },
        fields: { approverUserId: msg.invalid_type },
      },
    ],
  },
];
