// Mailing people their personal link for a document request (the first request, a reminder by
// hand, the scheduled reminder). Only the hash of a link is kept, so a link can be mailed only
// when it is issued: each mail carries a new link, which replaces the person's earlier link of
// the purpose (the mail says so when it is a reminder). Links, mails and their audit events
// are written in the caller's transaction.
import { lastValidDay, linkDays } from "../../core/personal-links/purposes.ts";
import type { Tx } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { enqueueMails } from "../mail/index.ts";
import { type LinkOptions, prepareIssue, storeIssueIn } from "../personal-links/index.ts";
import { ACK_PURPOSE, type AckKind } from "./documents.acknowledgements.contract.ts";
import { acknowledgementMail } from "./documents.acknowledgements.mail.ts";

export type Mailee = {
  ackId: string;
  personId: string;
  personName: string;
  departmentName: string | null;
  email: string;
};

export type VersionForMail = {
  orgName: string;
  number: string;
  title: string;
  versionNo: number;
};

/** Issues a new link for each person and queues their mail with it; returns how many. */
export async function mailNewLinks(
  tx: Tx,
  ctx: OrgContext,
  args: {
    kind: AckKind;
    mailees: readonly Mailee[];
    version: VersionForMail;
    dueOn: string | null;
    reminder: boolean;
    links: LinkOptions;
    today: string;
    now: Date;
  },
): Promise<number> {
  if (args.mailees.length === 0) return 0;
  const byPerson = new Map(args.mailees.map((m) => [m.personId, m]));
  const prepared = prepareIssue(
    args.mailees.map((m) => ({
      personId: m.personId,
      personName: m.personName,
      departmentName: m.departmentName,
    })),
    ACK_PURPOSE[args.kind],
    {
      key: args.links.key,
      baseUrl: args.links.baseUrl,
      days: linkDays(args.links.defaultDays, args.dueOn, args.today),
      now: args.now,
    },
  );
  await storeIssueIn(tx, ctx, prepared, "mail");
  await enqueueMails(
    tx,
    prepared.links.map((link) => {
      const m = byPerson.get(link.personId) as Mailee;
      const expiresAt = new Date(link.expiresAt);
      return {
        orgId: ctx.orgId,
        to: m.email,
        toName: m.personName,
        template: acknowledgementMail,
        lang: "ja" as const,
        payload: {
          orgName: args.version.orgName,
          personName: m.personName,
          number: args.version.number,
          title: args.version.title,
          versionNo: args.version.versionNo,
          kind: args.kind,
          dueOn: args.dueOn,
          lastDay: lastValidDay(expiresAt),
          reminder: args.reminder,
        },
        secret: link.url,
        secretExpiresAt: expiresAt,
        ref: `document-ack:${m.ackId}`,
      };
    }),
  );
  return prepared.links.length;
}
