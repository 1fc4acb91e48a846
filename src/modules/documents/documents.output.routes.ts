// Downloads of PMS documents: one version as Word (.docx) or PDF, and 文書一式 (.zip: every
// document in force as Word and PDF, with 文書一覧.xlsx). Readers of documents may download;
// each download is recorded in the audit trail once the file is built.
import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { recordExport } from "../audit/index.ts";
import { renderOnWorker } from "../exports/index.ts";
import { contentDisposition } from "../files/index.ts";
import { orgParams } from "../shared/route-helpers.ts";
import { renderDocx } from "./documents.docx.ts";
import { loadOutputVersion } from "./documents.output.load.ts";
import { outputFileName } from "./documents.output.model.ts";
import { DOCUMENT_PDF_MODULE } from "./documents.pdf.ts";
import { currentDocumentsZip } from "./documents.zip.ts";

const versionParams = z.object({
  orgId: z.string().max(200),
  id: z.string().max(200),
  vid: z.string().max(200),
});

const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  zip: "application/zip",
} as const;

function send(reply: FastifyReply, bytes: Buffer, type: keyof typeof TYPES, name: string) {
  return reply
    .header("content-type", TYPES[type])
    .header("content-disposition", contentDisposition(name))
    .header("cache-control", "no-store")
    .send(bytes);
}

export function registerDocumentOutputRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["documents"];
  const version = "/orgs/:orgId/documents/:id/versions/:vid";

  app.get(
    `${version}/export.docx`,
    {
      schema: {
        tags,
        params: versionParams,
        description:
          "A version as a Word file: A4, number and 第N版 on every page, approval box, " +
          "revision history; a draft's fields show today's data, an approved version's the " +
          "data frozen at approval.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "documents.read");
      const output = await loadOutputVersion(db, ctx, req.params.id, req.params.vid);
      const bytes = await renderDocx(output);
      await recordExport(db, ctx, "documents", "docx", 1);
      return send(reply, bytes, "docx", outputFileName(output, "docx"));
    },
  );

  app.get(
    `${version}/export.pdf`,
    {
      schema: {
        tags,
        params: versionParams,
        description: "A version as a PDF (Japanese font embedded), laid out as its Word file.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "documents.read");
      const output = await loadOutputVersion(db, ctx, req.params.id, req.params.vid);
      const bytes = await renderOnWorker({
        kind: "document",
        module: DOCUMENT_PDF_MODULE,
        input: output,
      });
      await recordExport(db, ctx, "documents", "pdf", 1);
      return send(reply, bytes, "pdf", outputFileName(output, "pdf"));
    },
  );

  app.get(
    "/orgs/:orgId/documents/export.zip",
    {
      schema: {
        tags,
        params: orgParams,
        description:
          "文書一式: every document in force (published, not archived) as Word and PDF, " +
          "with 文書一覧.xlsx.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "documents.read");
      const file = await currentDocumentsZip(db, ctx);
      await recordExport(db, ctx, "documents", "zip", file.documents);
      return send(reply, file.bytes, "zip", `文書一式_${file.printedOn.replaceAll("-", "")}.zip`);
    },
  );
}
