import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { AppError } from "../../server/app-error.ts";
import { recordExport } from "../audit/index.ts";
import { idResult, listResult } from "../shared/contract-helpers.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import {
  importQuery,
  importResult,
  peopleListQuery,
  personInput,
  personOut,
  personPatch,
} from "./people.contract.ts";
import { importPeopleFile } from "./people.import.ts";
import {
  createPerson,
  deletePerson,
  getPerson,
  listPeople,
  updatePerson,
} from "./people.service.ts";
import { exportPeopleXlsx } from "./people.xlsx.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function registerPeopleRoutes(app: ApiApp, { database, guards, config }: AppDeps) {
  const { db } = database;
  const tags = ["people"];

  app.get(
    "/orgs/:orgId/people",
    {
      schema: {
        tags,
        params: orgParams,
        querystring: peopleListQuery,
        response: { 200: listResult(personOut) },
      },
    },
    async (req) => listPeople(db, await guards.orgContext(req, "people.read"), req.query),
  );

  app.post(
    "/orgs/:orgId/people",
    { schema: { tags, params: orgParams, body: personInput, response: { 201: idResult } } },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "people.write");
      return reply.status(201).send(await createPerson(db, ctx, req.body));
    },
  );

  app.get(
    "/orgs/:orgId/people/export.xlsx",
    { schema: { tags, params: orgParams } },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "people.read");
      const { file, rows } = await exportPeopleXlsx(db, ctx);
      await recordExport(db, ctx, "people", "xlsx", rows);
      const name = encodeURIComponent("従業者一覧.xlsx");
      return reply
        .header("content-type", XLSX_TYPE)
        .header(
          "content-disposition",
          `attachment; filename="people.xlsx"; filename*=UTF-8''${name}`,
        )
        .send(file);
    },
  );

  app.get(
    "/orgs/:orgId/people/:id",
    { schema: { tags, params: orgItemParams, response: { 200: personOut } } },
    async (req) => getPerson(db, await guards.orgContext(req, "people.read"), req.params.id),
  );

  app.patch(
    "/orgs/:orgId/people/:id",
    { schema: { tags, params: orgItemParams, body: personPatch, response: { 200: personOut } } },
    async (req) =>
      updatePerson(db, await guards.orgContext(req, "people.write"), req.params.id, req.body),
  );

  app.delete(
    "/orgs/:orgId/people/:id",
    { schema: { tags, params: orgItemParams } },
    async (req, reply) => {
      await deletePerson(db, await guards.orgContext(req, "people.write"), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    "/orgs/:orgId/people/import",
    {
      schema: {
        tags,
        params: orgParams,
        querystring: importQuery,
        consumes: ["multipart/form-data"],
        response: { 200: importResult },
        description:
          "Multipart upload of one .xlsx or .csv file (UTF-8 or Shift_JIS) in the field `file`. " +
          "?mode=preview writes nothing and answers, per row, which stored person it matches and by which rule.",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "people.write");
      if (!req.isMultipart())
        throw new AppError("validation", "FILE_MISSING", { file: { key: "FILE_MISSING" } });
      const upload = await req.file();
      if (!upload)
        throw new AppError("validation", "FILE_MISSING", { file: { key: "FILE_MISSING" } });
      const buffer = await upload.toBuffer();
      return importPeopleFile(
        db,
        ctx,
        {
          buffer,
          filename: upload.filename,
          lang: languageFrom(req.headers["accept-language"]),
          limits: config.upload,
        },
        req.query.mode,
      );
    },
  );
}
