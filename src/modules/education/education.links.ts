// Handing people their personal link for a course: one link per person per course (purpose
// "course", subject the course's id), so issuing a course's link never revokes the person's
// link of another course. Only a link's hash is kept, so a link can be mailed only when it is
// issued: each mail (the invitation, a resend, a reminder) carries a new link, which replaces
// the person's earlier link of that course. Links, mails, the assignments' stamps and the
// links' audit events are written in the caller's transaction.
import { sql } from "drizzle-orm";
import { lastValidDay, linkDays } from "../../core/personal-links/purposes.ts";
import type { Tx } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { enqueueMails } from "../mail/index.ts";
import {
  type LinkOptions,
  type LinkTarget,
  type PreparedIssue,
  prepareIssue,
  storeIssueIn,
} from "../personal-links/index.ts";
import { chunks } from "../shared/bulk-sql.ts";
import { COURSE_PURPOSE } from "./education.delivery.contract.ts";
import { courseMail } from "./education.mail.ts";

export type CourseForMail = {
  id: string;
  orgName: string;
  title: string;
  durationMinutes: number | null;
};

export type LinkHolder = LinkTarget & { assignmentId: string; dueOn: string | null };
export type Mailee = LinkHolder & { email: string };

/** New links for the course's holders (not stored yet); the latest due day sets the lifetime. */
export function prepareCourseLinks(
  course: { id: string },
  holders: readonly LinkHolder[],
  links: LinkOptions,
  today: string,
  now: Date,
): PreparedIssue {
  const latestDue = holders.reduce<string | null>(
    (max, h) => (h.dueOn && (!max || h.dueOn > max) ? h.dueOn : max),
    null,
  );
  return prepareIssue(
    holders.map((h) => ({
      personId: h.personId,
      personName: h.personName,
      departmentName: h.departmentName,
    })),
    COURSE_PURPOSE,
    {
      key: links.key,
      baseUrl: links.baseUrl,
      days: linkDays(links.defaultDays, latestDue, today),
      now,
      subjectId: course.id,
    },
  );
}

/**
 * Stores prepared links and stamps each assignment with its link (and, for mails, when it was
 * sent or reminded): one statement per 2,000 assignments.
 */
export async function storeCourseLinks(
  tx: Tx,
  ctx: OrgContext,
  prepared: PreparedIssue,
  holders: readonly LinkHolder[],
  delivery: "sheet" | "mail",
  stamp: "lastSentAt" | "lastRemindedAt" | null,
): Promise<void> {
  await storeIssueIn(tx, ctx, prepared, delivery);
  const assignmentOf = new Map(holders.map((h) => [h.personId, h.assignmentId]));
  const rows = prepared.links.map((l) => ({ id: assignmentOf.get(l.personId), link: l.id }));
  const column = stamp === "lastRemindedAt" ? sql`last_reminded_at` : sql`last_sent_at`;
  const at = prepared.now.toISOString();
  for (const part of chunks(rows, 2000)) {
    const stamped = stamp ? sql`, ${column} = ${at}::timestamptz` : sql``;
    await tx.execute(sql`
      update education_assignment a set personal_link_id = x.link ${stamped}
        from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as x(id text, link text)
       where a.org_id = ${ctx.orgId} and a.id = x.id`);
  }
}

/** Issues a new link for each person and queues their mail with it; returns how many. */
export async function mailNewLinks(
  tx: Tx,
  ctx: OrgContext,
  args: {
    course: CourseForMail;
    mailees: readonly Mailee[];
    /** invite: the first mail; resend: again by hand; reminder: after the due day. */
    kind: "invite" | "resend" | "reminder";
    links: LinkOptions;
    today: string;
    now: Date;
  },
): Promise<number> {
  if (args.mailees.length === 0) return 0;
  const byPerson = new Map(args.mailees.map((m) => [m.personId, m]));
  const prepared = prepareCourseLinks(args.course, args.mailees, args.links, args.today, args.now);
  await storeCourseLinks(
    tx,
    ctx,
    prepared,
    args.mailees,
    "mail",
    args.kind === "reminder" ? "lastRemindedAt" : "lastSentAt",
  );
  await enqueueMails(
    tx,
    prepared.links.map((link) => {
      const m = byPerson.get(link.personId) as Mailee;
      const expiresAt = new Date(link.expiresAt);
      return {
        orgId: ctx.orgId,
        to: m.email,
        toName: m.personName,
        template: courseMail,
        lang: "ja" as const,
        payload: {
          orgName: args.course.orgName,
          personName: m.personName,
          title: args.course.title,
          durationMinutes: args.course.durationMinutes,
          dueOn: m.dueOn,
          lastDay: lastValidDay(expiresAt),
          reminder: args.kind === "reminder",
          replaces: args.kind !== "invite",
        },
        secret: link.url,
        secretExpiresAt: expiresAt,
        ref: `education-assignment:${m.assignmentId}`,
      };
    }),
  );
  return prepared.links.length;
}
