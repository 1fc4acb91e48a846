// The demo company's activity records (実施記録): a company about to apply for the first time,
// which has recorded every construction step up to the operation check, and not yet the first
// internal audit or the management review (the two blockers an examiner would stop at). The
// education is not a record here: it is the completions of demo-education-seed.ts. Top
// management's acts (the policy, the resources, the rules) name the member who created the
// demo as their approver and wait for that person's own approval: the product never approves
// on anyone's behalf, and approving them is the demo's first lesson. Days count back from today.
import { randomUUID } from "node:crypto";
import { type ActivityKind, activityKind } from "../../../core/activities/index.ts";
import { todayInJapan } from "../../../core/today-in-japan.ts";
import type { Tx } from "../../../db/client.ts";
import type { OrgContext } from "../../../server/org-context.ts";
import { activityRecord } from "../../activities/index.ts";
import type { FieldChange } from "../../audit/index.ts";
import type { person } from "../../people/index.ts";
import { DEMO_EMAIL_DOMAIN, DEMO_PEOPLE } from "./demo-data.ts";
import { monthsAgo } from "./demo-dates.ts";

type DemoActivity = { kind: ActivityKind; monthsAgo: number; by: string; notes: string };

export const DEMO_ACTIVITIES: readonly DemoActivity[] = [
  { kind: "policy_approval", monthsAgo: 11, by: "k.sato", notes: "取締役会で方針案を決議" },
  {
    kind: "project_team",
    monthsAgo: 11,
    by: "k.watanabe",
    notes: "各部から1名ずつ推進メンバーを選出",
  },
  {
    kind: "work_plan_shared",
    monthsAgo: 10,
    by: "k.watanabe",
    notes: "構築スケジュールを部長会で共有",
  },
  {
    kind: "policy_communication",
    monthsAgo: 9,
    by: "k.watanabe",
    notes: "全体朝礼で説明し、方針カードを配布",
  },
  {
    kind: "resources_decided",
    monthsAgo: 9,
    by: "k.sato",
    notes: "構築費用と担当者の工数を今期予算に計上",
  },
  {
    kind: "rules_established",
    monthsAgo: 7,
    by: "k.watanabe",
    notes: "個人情報保護規程と様式一式を制定",
  },
  { kind: "operation_start", monthsAgo: 4, by: "k.watanabe", notes: "運用開始を全社に通知" },
  {
    kind: "safety_measure_check",
    monthsAgo: 4,
    by: "o.abe",
    notes: "入退室管理と端末の暗号化を点検",
  },
  {
    kind: "complaints_desk",
    monthsAgo: 4,
    by: "k.watanabe",
    notes: "多摩サポートセンターに窓口を置き、Webで公表",
  },
  {
    kind: "vendor_review",
    monthsAgo: 3,
    by: "k.watanabe",
    notes: "委託先 5 社を評価表で再評価し、覚書を締結し直した",
  },
  {
    kind: "operation_check",
    monthsAgo: 1,
    by: "k.watanabe",
    notes: "各部の運用確認チェックリストを回収",
  },
];

type PersonRow = typeof person.$inferInsert;

/** Rows for one organization: performers are the demo's people; approvals wait for `ctx`. */
export function buildDemoActivities(
  ctx: OrgContext,
  people: readonly PersonRow[],
  today = todayInJapan(),
) {
  return DEMO_ACTIVITIES.map((a) => {
    const row = people.find((p) => p.email === `${a.by}@${DEMO_EMAIL_DOMAIN}`);
    const name = DEMO_PEOPLE.find(([key]) => key === a.by)?.[1];
    if (!row || !name) throw new Error(`demo activity by an unknown person: ${a.by}`);
    const approval = activityKind(a.kind).needsApproval;
    return {
      orgId: ctx.orgId,
      id: randomUUID(),
      kind: a.kind,
      performedOn: monthsAgo(today, a.monthsAgo),
      performedByPersonId: row.id,
      performedByName: name,
      approverUserId: approval ? ctx.userId : null,
      approverName: approval ? ctx.userName : null,
      notes: a.notes,
      source: "entered",
      createdBy: ctx.userId,
      createdByName: ctx.userName,
    };
  });
}

/** Inserts the demo's activity records; returns the count for the audit event. */
export async function seedDemoActivities(
  tx: Tx,
  ctx: OrgContext,
  people: readonly PersonRow[],
): Promise<Record<string, FieldChange>> {
  const rows = buildDemoActivities(ctx, people);
  await tx.insert(activityRecord).values(rows);
  return { activityRecords: { old: 0, new: rows.length } };
}
