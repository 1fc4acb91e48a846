// HTTP routes of the starter templates, the field values and the 規程類対照表, under
// /orgs/:orgId/documents next to the register's (documents.routes.ts). Reading takes
// documents.read, creating documents documents.write.
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { notFound } from "../../server/app-error.ts";
import { recordExport } from "../audit/index.ts";
import { organizationName } from "../exports/index.ts";
import { idResult } from "../shared/contract-helpers.ts";
import { orgParams } from "../shared/route-helpers.ts";
import { getCoverage } from "./documents.coverage.ts";
import { COVERAGE_TITLE, coverageXlsx } from "./documents.coverage-xlsx.ts";
import { readFieldValues } from "./documents.fields.ts";
import {
  coverageOut,
  fieldValuesOut,
  fieldValuesQuery,
  fromTemplateInput,
  starterSetResult,
  templateList,
} from "./documents.templates.contract.ts";
import { createFromTemplate, createStarterSet, listTemplates } from "./documents.templates.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function registerDocumentTemplateRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["documents"];
  const base = "/orgs/:orgId/documents";

  app.get(
    `${base}/templates`,
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: templateList },
        description:
          "The starter templates (policies, rules, forms), the J items each answers and the documents already made from it.",
      },
    },
    async (req) => listTemplates(db, await guards.orgContext(req, "documents.read")),
  );

  app.post(
    `${base}/from-template`,
    {
      schema: {
        tags,
        params: orgParams,
        body: fromTemplateInput,
        response: { 201: idResult },
        description:
          "Creates a document and its first draft from a template; `number` defaults to the template's (409 when in use).",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "documents.write");
      const { id } = await createFromTemplate(db, ctx, req.body);
      return reply.status(201).send({ id });
    },
  );

  app.post(
    `${base}/starter-set`,
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: starterSetResult },
        description:
          "Creates every template not yet used, in one transaction; skips templates already used and numbers already taken.",
      },
    },
    async (req) => createStarterSet(db, await guards.orgContext(req, "documents.write")),
  );

  app.get(
    `${base}/field-values`,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: fieldValuesQuery,
        response: { 200: fieldValuesOut },
        description:
          "Today's value of every document field (null: no data yet); with `versionId`, that version's number, 版 and dates too.",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "documents.read");
      const values = await readFieldValues(db, ctx.orgId, req.query.versionId);
      if (!values) throw notFound();
      return { values };
    },
  );

  app.get(
    `${base}/coverage`,
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: coverageOut },
        description:
          "規程類対照表: each J item needing a rule or a record, the documents and clauses answering it, and what is missing.",
      },
    },
    async (req) => getCoverage(db, await guards.orgContext(req, "documents.read")),
  );

  app.get(
    `${base}/coverage.xlsx`,
    {
      schema: {
        tags,
        params: orgParams,
        description: "規程類対照表 as an Excel workbook.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "documents.read");
      const [{ items }, orgName] = await Promise.all([
        getCoverage(db, ctx),
        organizationName(db, ctx),
      ]);
      const today = todayInJapan();
      const file = await coverageXlsx(items, { orgName, today });
      await recordExport(db, ctx, "document_coverage", "xlsx", items.length);
      const stamp = today.replaceAll("-", "");
      const name = encodeURIComponent(`${COVERAGE_TITLE}_${stamp}.xlsx`);
      return reply
        .header("content-type", XLSX_TYPE)
        .header(
          "content-disposition",
          `attachment; filename="document-coverage_${stamp}.xlsx"; filename*=UTF-8''${name}`,
        )
        .send(file);
    },
  );
}
