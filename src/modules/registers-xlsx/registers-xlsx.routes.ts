// Excel in and out for the 個人情報管理台帳 and the リスク分析表.

import type { FastifyReply } from "fastify";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { recordExport } from "../audit/index.ts";
import { loadRegisterRows, loadRiskRows, organizationName } from "../exports/index.ts";
import { orgParams } from "../shared/route-helpers.ts";
import { REGISTER_TITLE, registerXlsx } from "./register-export.ts";
import { importRegister } from "./register-import.ts";
import { registerImportOut, riskImportOut } from "./registers-xlsx.contract.ts";
import { RISK_TITLE, riskXlsx } from "./risk-export.ts";
import { importRisks } from "./risk-import.ts";
import { readImportUpload } from "./upload.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const UPLOAD_HELP =
  "Multipart: `file` (.xlsx or .csv), `mode` = preview (default, writes nothing) | commit, " +
  'optional `sheet` (name) and `mapping` (JSON {"<column index>": "<field key>" | null}).';

/** Sends 個人情報管理台帳_20240401.xlsx, with an ASCII name for old clients (RFC 6266 / 5987). */
function sendWorkbook(
  reply: FastifyReply,
  body: Buffer,
  title: string,
  ascii: string,
  today: string,
) {
  const stamp = today.replaceAll("-", "");
  const name = encodeURIComponent(`${title}_${stamp}.xlsx`);
  return reply
    .header("content-type", XLSX_TYPE)
    .header(
      "content-disposition",
      `attachment; filename="${ascii}_${stamp}.xlsx"; filename*=UTF-8''${name}`,
    )
    .send(body);
}

export function registerRegistersXlsxRoutes(app: ApiApp, { database, guards, config }: AppDeps) {
  const { db } = database;
  const tags = ["registers-xlsx"];

  app.post(
    "/orgs/:orgId/inventory-items/import",
    {
      schema: {
        tags,
        params: orgParams,
        consumes: ["multipart/form-data"],
        response: { 200: registerImportOut },
        description: `Imports the 個人情報管理台帳. ${UPLOAD_HELP}`,
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "inventory.write");
      const upload = await readImportUpload(req, config.upload);
      return importRegister(db, ctx, upload, languageFrom(req.headers["accept-language"]));
    },
  );

  app.post(
    "/orgs/:orgId/risks/import",
    {
      schema: {
        tags,
        params: orgParams,
        consumes: ["multipart/form-data"],
        response: { 200: riskImportOut },
        description: `Imports the リスク分析表; the file's rows replace the risk rows of the register items it names. ${UPLOAD_HELP}`,
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "inventory.write");
      const upload = await readImportUpload(req, config.upload);
      return importRisks(db, ctx, upload, languageFrom(req.headers["accept-language"]));
    },
  );

  app.get(
    "/orgs/:orgId/inventory-items/export.xlsx",
    { schema: { tags, params: orgParams } },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "inventory.read");
      const [items, orgName] = await Promise.all([
        loadRegisterRows(db, ctx),
        organizationName(db, ctx),
      ]);
      const today = todayInJapan();
      const file = await registerXlsx(items, { orgName, today });
      await recordExport(db, ctx, "inventory_items", "xlsx", items.length);
      return sendWorkbook(reply, file, REGISTER_TITLE, "register", today);
    },
  );

  app.get(
    "/orgs/:orgId/risks/export.xlsx",
    { schema: { tags, params: orgParams } },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "inventory.read");
      const [{ rows }, orgName] = await Promise.all([
        loadRiskRows(db, ctx),
        organizationName(db, ctx),
      ]);
      const today = todayInJapan();
      const file = await riskXlsx(rows, { orgName, today });
      await recordExport(db, ctx, "risks", "xlsx", rows.length);
      return sendWorkbook(reply, file, RISK_TITLE, "risks", today);
    },
  );
}
