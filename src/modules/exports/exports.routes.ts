// PDF exports of the register and the risk analysis (the xlsx exports live with their lists).
import type { FastifyReply } from "fastify";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { recordExport } from "../audit/index.ts";
import { orgParams } from "../shared/route-helpers.ts";
import { type PdfFile, registerPdf, risksPdf } from "./pdf-export.ts";

/** Sends a PDF as a download named e.g. 個人情報管理台帳_20250401.pdf (ASCII name for old clients). */
function sendPdf(reply: FastifyReply, file: PdfFile, ja: string, ascii: string) {
  const day = file.printedOn.replaceAll("-", "");
  const name = encodeURIComponent(`${ja}_${day}.pdf`);
  return reply
    .header("content-type", "application/pdf")
    .header(
      "content-disposition",
      `attachment; filename="${ascii}-${day}.pdf"; filename*=UTF-8''${name}`,
    )
    .header("cache-control", "no-store")
    .send(file.bytes);
}

export function registerExportRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["exports"];

  app.get(
    "/orgs/:orgId/inventory-items/export.pdf",
    {
      schema: {
        tags,
        params: orgParams,
        description: "個人情報管理台帳 as a PDF (A4 landscape, Japanese font embedded).",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "inventory.read");
      const file = await registerPdf(db, ctx);
      await recordExport(db, ctx, "inventory_items", "pdf", file.rows);
      return sendPdf(reply, file, "個人情報管理台帳", "register");
    },
  );

  app.get(
    "/orgs/:orgId/risks/export.pdf",
    {
      schema: {
        tags,
        params: orgParams,
        description: "リスク分析表 as a PDF (A4 landscape, Japanese font embedded).",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "inventory.read");
      const file = await risksPdf(db, ctx);
      await recordExport(db, ctx, "risks", "pdf", file.rows);
      return sendPdf(reply, file, "リスク分析表", "risk-analysis");
    },
  );
}
