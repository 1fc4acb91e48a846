// お問い合わせ (the office's side): the list, one inquiry, and its handling. What visitors send
// arrives through the public page (public-page/public-page.page-routes.ts).
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import { inquiryList, inquiryListQuery, inquiryOut, inquiryPatch } from "./inquiries.contract.ts";
import { getInquiry, listInquiries, updateInquiry } from "./inquiries.service.ts";

export function registerInquiryRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["inquiries"];
  const base = "/orgs/:orgId/inquiries";

  app.get(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: inquiryListQuery,
        response: { 200: inquiryList },
        description: "Inquiries from the public page, newest first.",
      },
    },
    async (req) => listInquiries(db, await guards.orgContext(req, "inquiries.read"), req.query),
  );
  app.get(
    `${base}/:id`,
    { schema: { tags, params: orgItemParams, response: { 200: inquiryOut } } },
    async (req) => getInquiry(db, await guards.orgContext(req, "inquiries.read"), req.params.id),
  );
  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        params: orgItemParams,
        body: inquiryPatch,
        response: { 200: inquiryOut },
        description: "Changes the status and the office's notes.",
      },
    },
    async (req) =>
      updateInquiry(db, await guards.orgContext(req, "inquiries.write"), req.params.id, req.body),
  );
}
