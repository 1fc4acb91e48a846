// 公開ページ (the PMS office's side): the page's address and switch, what it would show, and
// drafting 公表事項 into the document register. The page itself is public-page.page-routes.ts.
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { orgParams } from "../shared/route-helpers.ts";
import { disclosureResult, publicPageInput, publicPageOut } from "./public-page.contract.ts";
import { refreshDisclosure } from "./public-page.disclosure.ts";
import { getPublicPage, setPublicPage } from "./public-page.service.ts";

export function registerPublicPageRoutes(app: ApiApp, { database, guards, config }: AppDeps) {
  const { db } = database;
  const tags = ["public-page"];
  const base = "/orgs/:orgId/public-page";

  app.get(
    base,
    { schema: { tags, params: orgParams, response: { 200: publicPageOut } } },
    async (req) => getPublicPage(db, await guards.orgContext(req, "org.read"), config.baseUrl),
  );
  app.put(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        body: publicPageInput,
        response: { 200: publicPageOut },
        description: "Sets the page's address (slug) and turns it on or off; 409 SLUG_TAKEN.",
      },
    },
    async (req) =>
      setPublicPage(db, await guards.orgContext(req, "org.update"), req.body, config.baseUrl),
  );
  app.post(
    `${base}/disclosure`,
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: disclosureResult },
        description:
          "Drafts 公表事項 (APPI Art. 32) from the profile and the register as a draft version " +
          "in the document register; approval and publication follow there.",
      },
    },
    async (req) => refreshDisclosure(db, await guards.orgContext(req, "documents.write")),
  );
}
