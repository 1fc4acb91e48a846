// Public API of the personal-links capability (本人用リンク): other capabilities import only
// this file. A capability that lets a person act through their link (read the policy, take a
// course, sign a pledge, follow a request) registers its routes under /p/:token/…, with
// `config: { publicRateLimit: true }`, finds the link with findLiveLink (refusing anything
// null with notFound(), the one 404) and writes with linkActor(link) as the context, so its
// events name the person; linkKeyOf gives the key findLiveLink checks the token with.
export { type LinkOptions, linkKeyOf, linkOptionsOf } from "./link-key.ts";
// A capability that hands links out itself (documents mail each person a new link) prepares
// them for its targets and stores them inside its own write.
export type { LinkKey } from "./link-token.ts";
export {
  type LinkTarget,
  type PreparedIssue,
  prepareIssue,
  storeIssueIn,
} from "./personal-links.issue.ts";
export { findLiveLink, type LiveLink, linkActor } from "./personal-links.public.ts";
// The printed sheet of links (QR cards), for capabilities that print their own links.
export { SHEET_MODULE, type SheetInput } from "./personal-links.sheet.ts";
export { personalLink } from "./personal-links.tables.ts";
