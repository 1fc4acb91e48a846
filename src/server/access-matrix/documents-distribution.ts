// The document register beyond its records: 周知・誓約 (documents.acknowledgements.routes.ts),
// downloads (documents.output.routes.ts) and starter templates (documents.templates.routes.ts).
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { todayInJapan } from "../../core/today-in-japan.ts";
import { LONG, msg, SCRIPT } from "./shared.ts";
import type { Route, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  // 周知・誓約 (documents.acknowledgements.routes.ts): the register's readers see the sends and
  // the confirmation page; sending and reminding hand out personal links (documents.distribute);
  // the PMS office and the consultant enter paper confirmations.
  {
    method: "GET",
    path: "/documents/acknowledgements",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/acknowledgements",
    action: "documents.distribute",
    allowed: ["owner", "admin"],
    ok: 201,
    prepare: async (h) => ({ id: await h.publishedVersion() }),
    body: () => ({ kind: "read", audience: { all: true } }),
  },
  {
    method: "GET",
    path: "/documents/:id/versions/:vid/acknowledgements",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.publishedVersion() }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/acknowledgements/remind",
    action: "documents.distribute",
    allowed: ["owner", "admin"],
    ok: 200,
    prepare: async (h) => ({ id: await h.publishedVersion() }),
    body: () => ({ kind: "read" }),
  },
  {
    method: "GET",
    path: "/documents/:id/versions/:vid/acknowledgements/pending.pdf",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.acknowledgement() }),
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/acknowledgements/:ackId/record-paper",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
    prepare: async (h) => ({ id: await h.acknowledgement() }),
    body: () => ({ signedOn: todayInJapan() }),
  },
  // Downloads of documents (documents.output.routes.ts): readers of the register.
  {
    method: "GET",
    path: "/documents/:id/versions/:vid/export.docx",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.draftVersion() }),
  },
  {
    method: "GET",
    path: "/documents/:id/versions/:vid/export.pdf",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
    prepare: async (h) => ({ id: await h.draftVersion() }),
  },
  {
    method: "GET",
    path: "/documents/export.zip",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  // Starter templates, field values and the 規程類対照表 (documents.templates.routes.ts).
  {
    method: "GET",
    path: "/documents/templates",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/documents/from-template",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 201,
    body: (p) => ({ templateKey: "rule.audit", number: `TPL-${p.n}` }),
  },
  {
    // The first allowed call creates the set, later ones find every template used (200 both).
    method: "POST",
    path: "/documents/starter-set",
    action: "documents.write",
    allowed: ["owner", "admin", "consultant"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/documents/field-values",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/documents/coverage",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "GET",
    path: "/documents/coverage.xlsx",
    action: "documents.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
];

export const badInput: WriteRoute[] = [
  {
    method: "POST",
    path: "/documents/from-template",
    valid: { templateKey: "rule.audit" },
    cases: [
      { what: "missing template", body: {}, fields: { templateKey: msg.required } },
      {
        what: "number for the template",
        body: { templateKey: 5 },
        fields: { templateKey: msg.invalid_type },
      },
      {
        what: "unknown field",
        body: { templateKey: "rule.audit", content: {} },
        fields: { content: msg.unknown_field },
      },
      {
        what: "script as number",
        body: { templateKey: "rule.audit", number: SCRIPT },
        fields: { number: msg.html },
      },
      {
        what: "a template that does not exist",
        body: { templateKey: "rule.nothing" },
        fields: { templateKey: "このテンプレートは見つかりません。一覧から選んでください。" },
      },
    ],
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/acknowledgements",
    prepare: "publishedVersion",
    valid: { kind: "read", audience: { all: true } },
    cases: [
      {
        what: "an unknown kind",
        body: { kind: "memo", audience: { all: true } },
        fields: { kind: msg.invalid_value },
      },
      { what: "no audience", body: { kind: "read" }, fields: { audience: null } },
      {
        what: "a day that does not exist",
        body: { kind: "read", audience: { all: true }, dueOn: "2031-02-30" },
        fields: { dueOn: null },
      },
      {
        what: "unknown field",
        body: { kind: "read", audience: { all: true }, message: "x" },
        fields: { message: msg.unknown_field },
      },
    ],
  },
  {
    method: "POST",
    path: "/documents/:id/versions/:vid/acknowledgements/:ackId/record-paper",
    prepare: "acknowledgement",
    valid: { signedOn: "2031-04-01" },
    cases: [
      { what: "no day", body: {}, fields: { signedOn: null } },
      {
        what: "script in the name",
        body: { signedOn: "2031-04-01", typedName: SCRIPT },
        fields: { typedName: msg.html },
      },
      {
        what: "100 kB name",
        body: { signedOn: "2031-04-01", typedName: LONG },
        fields: { typedName: msg.too_long(100) },
      },
    ],
  },
];
