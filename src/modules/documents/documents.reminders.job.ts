// The scheduled reminder of 周知・誓約: once an hour it finds, in every organization, the people
// in office with an e-mail address who have not confirmed (or signed) a published version
// whose due day has passed, and mails them a reminder with a new personal link: the first
// time the day after the due day, then at most once a week (a reminder by hand counts too).
// last_reminded_at is stamped in the same transaction as the mail, so a second run the same
// day, by this process or another, finds nobody to remind.
import { and, eq, inArray, isNotNull, isNull, lt, type SQL } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Database } from "../../db/client.ts";
import type { Config } from "../../server/config.ts";
import { appendAuditMany, recordNoChange } from "../audit/index.ts";
import { organization } from "../auth/index.ts";
import { linkOptionsOf } from "../personal-links/index.ts";
import { sumInEachOrg } from "../shared/each-org.ts";
import type { JobDefinition } from "../shared/job-definition.ts";
import { dueForWeeklyReminder } from "../shared/reminder-due.ts";
import type { VersionForMail } from "./documents.acknowledgements.links.ts";
import { ACK_ENTITY } from "./documents.acknowledgements.send.ts";
import { type PendingRow, pendingRows, remindRows } from "./documents.reminders.ts";
import {
  pmsDocumentAcknowledgement as A,
  pmsDocument as D,
  pmsDocumentVersion as V,
} from "./documents.tables.ts";

export const DOCUMENT_REMINDER_JOB = "documents.acknowledgement-reminders";

/** Sends the reminders due at `now` in every organization; returns how many mails. */
export async function sendDueAcknowledgementReminders(
  database: Database,
  config: Pick<Config, "baseUrl" | "personalLinkDays" | "dataDir" | "linkSigningKey">,
  now: Date,
): Promise<number> {
  const { db } = database;
  const today = todayInJapan(now);
  const orgs = await db
    .selectDistinct({ orgId: A.orgId })
    .from(A)
    .where(and(isNull(A.acknowledgedAt), isNotNull(A.dueOn), lt(A.dueOn, today)));
  if (orgs.length === 0) return 0;
  const links = linkOptionsOf(config, database);
  return sumInEachOrg(
    db,
    orgs.map((o) => o.orgId),
    async (tx, ctx, orgId) => {
      const published = tx
        .select({ id: V.id })
        .from(V)
        .where(and(eq(V.orgId, orgId), eq(V.status, "published")));
      const rows = (
        await pendingRows(
          tx,
          orgId,
          and(dueForWeeklyReminder(A, today, now), inArray(A.versionId, published)) as SQL,
          today,
        )
      ).flatMap((r): PendingRow[] => (r.email ? [{ ...r, email: r.email }] : []));
      if (rows.length === 0) {
        await recordNoChange(tx, ctx);
        return 0;
      }
      const versionIds = [...new Set(rows.map((r) => r.versionId))];
      const versions = new Map(
        (
          await tx
            .select({
              id: V.id,
              number: D.number,
              title: D.title,
              versionNo: V.versionNo,
              orgName: organization.name,
            })
            .from(V)
            .innerJoin(D, and(eq(D.orgId, V.orgId), eq(D.id, V.documentId)))
            .innerJoin(organization, eq(organization.id, V.orgId))
            .where(and(eq(V.orgId, orgId), inArray(V.id, versionIds)))
        ).map(({ id, ...v }) => [id, v]),
      );
      const versionOf = (id: string) => versions.get(id) as VersionForMail;
      const mailed = await remindRows(tx, ctx, rows, versionOf, links, now);
      // One event per version and kind reminded, with the count (the rows carry the stamp).
      const groups = new Map<string, { versionId: string; kind: string; n: number }>();
      for (const r of rows) {
        const key = `${r.versionId}|${r.kind}`;
        const g = groups.get(key) ?? { versionId: r.versionId, kind: r.kind, n: 0 };
        g.n++;
        groups.set(key, g);
      }
      await appendAuditMany(
        tx,
        ctx,
        [...groups.values()].map((g) => {
          const v = versionOf(g.versionId);
          return {
            entity: ACK_ENTITY,
            entityId: g.versionId,
            action: "remind",
            changes: {
              documentTitle: { old: null, new: `${v.number} ${v.title}` },
              versionNo: { old: null, new: v.versionNo },
              kind: { old: null, new: g.kind },
              reminded: { old: null, new: g.n },
            },
          };
        }),
      );
      return mailed;
    },
  );
}

export const documentAcknowledgementReminderJob: JobDefinition = {
  name: DOCUMENT_REMINDER_JOB,
  everySeconds: 3600,
  retrySeconds: 600,
  async run({ database, config, now }) {
    const sent = await sendDueAcknowledgementReminders(database, config, now);
    return `${sent}件`;
  },
};
