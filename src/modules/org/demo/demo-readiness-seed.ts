// The demo company's manual readiness checks: a company about to apply for the first time,
// with every construction step ticked by its PMS manager except the last two (the first
// internal audit and the management review are still ahead), so the dashboard shows those
// two blockers besides the gaps planted in the register. Tick days count back from today.
// The recurring duties already done once (the staff education, the re-evaluation of vendors)
// are recorded on the PDCA calendar on the same days as their ticks.
import { randomUUID } from "node:crypto";
import { getRule } from "../../../core/readiness/index.ts";
import { todayInJapan } from "../../../core/today-in-japan.ts";
import type { Tx } from "../../../db/client.ts";
import type { FieldChange } from "../../audit/index.ts";
import { obligationRecord } from "../../obligations/index.ts";
import { readinessManualCheck } from "../../readiness/index.ts";
import { DEMO_APPOINTMENTS, DEMO_PEOPLE } from "./demo-data.ts";
import { monthsAgo } from "./demo-dates.ts";

type Tick = { ruleId: string; monthsAgo: number; note: string };

export const DEMO_TICKS: readonly Tick[] = [
  { ruleId: "manual.policy", monthsAgo: 11, note: "取締役会で承認。社内ポータルとWebサイトに掲載" },
  { ruleId: "manual.project_team", monthsAgo: 11, note: "各部から1名ずつ推進メンバーを選出" },
  { ruleId: "manual.work_plan", monthsAgo: 10, note: "構築スケジュールを部長会で共有" },
  { ruleId: "manual.policy_known", monthsAgo: 9, note: "全体朝礼で説明し、方針カードを配布" },
  { ruleId: "manual.resources", monthsAgo: 9, note: "構築費用と担当者の工数を今期予算に計上" },
  { ruleId: "manual.internal_rules", monthsAgo: 7, note: "個人情報保護規程と様式一式を制定" },
  { ruleId: "manual.education", monthsAgo: 5, note: "全従業者が受講し、理解度テストを回収" },
  { ruleId: "manual.operation_start", monthsAgo: 4, note: "運用開始を全社に通知" },
  { ruleId: "manual.safety_measures", monthsAgo: 4, note: "入退室管理と端末の暗号化を実施" },
  { ruleId: "manual.vendor_contracts", monthsAgo: 3, note: "委託先との覚書を締結し直した" },
  {
    ruleId: "manual.complaints_desk",
    monthsAgo: 4,
    note: "多摩サポートセンターに窓口を置き、Webで公表",
  },
  { ruleId: "manual.operation_check", monthsAgo: 1, note: "各部の運用確認チェックリストを回収" },
];

/** The current PMS manager's name: the demo's ticks are theirs (no user account behind it). */
function pmsManagerName(): string {
  const a = DEMO_APPOINTMENTS.find((x) => x.role === "pms_manager" && x.to === null);
  const name = DEMO_PEOPLE.find(([key]) => key === a?.person)?.[1];
  if (!name) throw new Error("demo data has no current PMS manager");
  return name;
}

/** Rows for one organization; throws if a tick names a rule that is not a manual one. */
export function buildDemoTicks(orgId: string, today = todayInJapan()) {
  const checkedByName = pmsManagerName();
  return DEMO_TICKS.map((t) => {
    if (!getRule(t.ruleId).manual)
      throw new Error(`demo tick of a rule read from records: ${t.ruleId}`);
    return {
      orgId,
      ruleId: t.ruleId,
      done: true,
      note: t.note,
      checkedBy: null,
      checkedByName,
      // Mid-morning in Japan: the tick falls on that calendar day in Japan time.
      checkedAt: new Date(`${monthsAgo(today, t.monthsAgo)}T10:00:00+09:00`),
    };
  });
}

/** Recurring duties done once, on the day of the tick of the same work. */
const DEMO_RECORDS: { obligation: string; tick: string; note: string }[] = [
  {
    obligation: "education",
    tick: "manual.education",
    note: "全従業者 42 名が受講（理解度テスト回収済み）",
  },
  {
    obligation: "vendor_review",
    tick: "manual.vendor_contracts",
    note: "委託先 5 社を評価表で再評価",
  },
];

export function buildDemoRecords(orgId: string, today = todayInJapan()) {
  const recordedByName = pmsManagerName();
  return DEMO_RECORDS.map((r) => {
    const tick = DEMO_TICKS.find((t) => t.ruleId === r.tick);
    if (!tick) throw new Error(`demo record without its tick: ${r.tick}`);
    return {
      orgId,
      id: randomUUID(),
      obligation: r.obligation,
      doneOn: monthsAgo(today, tick.monthsAgo),
      note: r.note,
      recordedBy: null,
      recordedByName,
    };
  });
}

/** Inserts the demo's ticks and calendar records; returns the counts for the audit event. */
export async function seedDemoReadiness(
  tx: Tx,
  orgId: string,
): Promise<Record<string, FieldChange>> {
  const rows = buildDemoTicks(orgId);
  await tx.insert(readinessManualCheck).values(rows);
  const records = buildDemoRecords(orgId);
  await tx.insert(obligationRecord).values(records);
  return {
    readinessChecks: { old: 0, new: rows.length },
    obligationRecords: { old: 0, new: records.length },
  };
}
