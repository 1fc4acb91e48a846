// The organization's calendar feed: a secret URL (only its SHA-256 is stored) that serves the
// obligations' due days, the open tasks' due days, the steps' planned ends and the planned
// application and grant as .ics. Duties never done or overdue, and late tasks, are put on today
// (core/obligations/feed-events.ts), so they move with the day until they are done.
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import {
  dutyFeedEvent,
  type IcsEvent,
  taskFeedEvent,
  writeIcs,
} from "../../core/obligations/index.ts";
import { CONSTRUCTION_STEPS } from "../../core/readiness/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, recordNoChange } from "../audit/index.ts";
import { organization, user } from "../auth/index.ts";
import { roadmapPlan, roadmapStep, roadmapTask } from "../roadmap/index.ts";
import { hashSecretToken, newSecretToken } from "../shared/secret-token.ts";
import type { CalendarFeedOut } from "./obligations.contract.ts";
import { obligationStatesOf } from "./obligations.service.ts";
import { calendarFeed } from "./obligations.tables.ts";

const ENTITY = "calendar_feed";
const F = calendarFeed;

export const feedUrl = (baseUrl: string, token: string) =>
  `${baseUrl}/api/v1/calendar/${token}.ics`;

export async function getFeed(db: Db, ctx: OrgContext): Promise<CalendarFeedOut> {
  const [row] = await db
    .select({ createdAt: F.createdAt, createdByName: user.name })
    .from(F)
    .leftJoin(user, eq(user.id, F.createdBy))
    .where(eq(F.orgId, ctx.orgId));
  return {
    exists: Boolean(row),
    createdAt: row?.createdAt.toISOString() ?? null,
    createdByName: row?.createdByName ?? null,
  };
}

/** Creates the feed, or replaces its secret (the old URL stops working at once). */
export async function rotateFeed(db: Db, ctx: OrgContext, baseUrl: string) {
  const token = newSecretToken();
  const createdAt = new Date();
  const values = { tokenHash: hashSecretToken(token), createdBy: ctx.userId, createdAt };
  await writeInOrg(db, ctx, async (tx) => {
    const [before] = await tx.select().from(F).where(eq(F.orgId, ctx.orgId)).for("update");
    await tx
      .insert(F)
      .values({ orgId: ctx.orgId, ...values })
      .onConflictDoUpdate({ target: F.orgId, set: values });
    // Never the token or its hash: the audit trail is readable by more roles than the feed.
    await appendAudit(tx, ctx, {
      entity: ENTITY,
      entityId: ctx.orgId,
      action: before ? "rotate" : "create",
      changes: {
        createdAt: { old: before?.createdAt.toISOString() ?? null, new: createdAt.toISOString() },
      },
    });
  });
  return {
    exists: true,
    createdAt: createdAt.toISOString(),
    createdByName: ctx.userName,
    url: feedUrl(baseUrl, token),
  } satisfies CalendarFeedOut;
}

/** Revokes the feed; revoking when there is none changes nothing. */
export async function revokeFeed(db: Db, ctx: OrgContext) {
  await writeInOrg(db, ctx, async (tx) => {
    const [gone] = await tx.delete(F).where(eq(F.orgId, ctx.orgId)).returning();
    if (!gone) return recordNoChange(tx, ctx);
    await appendAudit(tx, ctx, {
      entity: ENTITY,
      entityId: ctx.orgId,
      action: "delete",
      changes: { createdAt: { old: gone.createdAt.toISOString(), new: null } },
    });
  });
}

/** The .ics text of the feed behind `token`, or null when no feed has it (unknown or revoked). */
export async function renderFeed(db: Db, token: string, baseUrl: string, now = new Date()) {
  const [feed] = await db
    .select({ orgId: F.orgId, name: organization.name })
    .from(F)
    .innerJoin(organization, eq(organization.id, F.orgId))
    .where(eq(F.tokenHash, hashSecretToken(token)));
  if (!feed) return null;
  const { orgId } = feed;
  const today = todayInJapan(now);
  const page = (path: string) => `${baseUrl}/orgs/${orgId}/${path}`;
  const [states, tasks, steps, plans] = await Promise.all([
    obligationStatesOf(db, orgId, today),
    db
      .select()
      .from(roadmapTask)
      .where(
        and(eq(roadmapTask.orgId, orgId), isNull(roadmapTask.doneOn), isNotNull(roadmapTask.dueOn)),
      )
      .orderBy(asc(roadmapTask.dueOn), asc(roadmapTask.id)),
    db
      .select()
      .from(roadmapStep)
      .where(and(eq(roadmapStep.orgId, orgId), isNotNull(roadmapStep.plannedEnd)))
      .orderBy(asc(roadmapStep.step)),
    db.select().from(roadmapPlan).where(eq(roadmapPlan.orgId, orgId)),
  ]);
  const uid = (kind: string, id: string) => `${kind}-${id}.${orgId}@mamori`;
  const events: IcsEvent[] = [];
  for (const s of states) {
    events.push({
      uid: uid("obligation", s.key),
      ...dutyFeedEvent(s, today),
      url: page(s.def.fixPath),
      categories: ["PDCA"],
    });
  }
  const stepTitle = (n: number) => CONSTRUCTION_STEPS.find((c) => c.step === n)?.title;
  for (const t of tasks) {
    if (t.dueOn === null) continue;
    events.push({
      uid: uid("task", t.id),
      ...taskFeedEvent({ title: t.title, dueOn: t.dueOn, step: t.step }, stepTitle(t.step), today),
      url: page("roadmap"),
      categories: ["作業計画"],
    });
  }
  for (const s of steps) {
    if (s.plannedEnd === null) continue;
    const title = stepTitle(s.step);
    events.push({
      uid: uid("step", String(s.step)),
      date: s.plannedEnd,
      summary: `【完了予定】ステップ${s.step} ${title?.ja ?? ""}`,
      ...(s.note ? { description: s.note } : {}),
      url: page("roadmap"),
      categories: ["作業計画"],
    });
  }
  const plan = plans[0];
  if (plan?.applicationOn) {
    events.push({
      uid: uid("plan", "application"),
      date: plan.applicationOn,
      summary: "【申請予定】プライバシーマークの申請",
      description: "作業計画の申請予定日\n\nPlanned application day (work plan).",
      url: page("roadmap"),
      categories: ["作業計画"],
    });
  }
  if (plan?.grantOn) {
    events.push({
      uid: uid("plan", "grant"),
      date: plan.grantOn,
      summary: "【付与見込み】プライバシーマークの付与",
      description:
        "申請からおよそ6か月後の見込み（審査の進み方で前後します）\n\n" +
        "Expected grant, about six months after the application.",
      url: page("roadmap"),
      categories: ["作業計画"],
    });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return writeIcs({ name: `${feed.name} PMS予定`, now, events });
}
