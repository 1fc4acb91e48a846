// What the calendar feed says about one PDCA duty on a given day. A duty that needs doing now
// (never done, or past its due day) is put on TODAY, every day until it is done, so it shows
// where people look instead of on a past day or nowhere; the others sit on their due day.
// Japanese first, English after a blank line (calendar apps show the description as it is).
import { formatSeireki } from "../wareki.ts";
import { daysBetween } from "./dates.ts";
import type { ObligationState } from "./status.ts";

export interface DutyFeedEvent {
  date: string;
  summary: string;
  description: string;
}

const ymd = formatSeireki;

/** The line saying what the due day counts from, in both languages. */
function basis(s: ObligationState): { ja: string; en: string } {
  const r = s.rows;
  if (r === null) {
    return s.lastDone
      ? { ja: `最後に実施: ${ymd(s.lastDone)}`, en: `Last done: ${s.lastDone}` }
      : { ja: "実施の記録はまだありません", en: "No record of it yet" };
  }
  if (r.total === 0) return { ja: "対象の行がまだありません", en: "No rows to review yet" };
  if (s.lastDone === null) {
    return {
      ja: `日付のない行が${r.undated}件あります（全${r.total}件）`,
      en: `${r.undated} of ${r.total} rows have no review day`,
    };
  }
  const latest =
    r.latest && r.latest !== s.lastDone
      ? { ja: `、最新の見直し: ${ymd(r.latest)}`, en: `; latest review: ${r.latest}` }
      : { ja: "", en: "" };
  return {
    ja: `最も古い行の見直し: ${ymd(s.lastDone)}（全${r.total}件${latest.ja}）`,
    en: `Oldest review among ${r.total} rows: ${s.lastDone}${latest.en}`,
  };
}

/** Why the due day is what it is (derived duties whose earlier planned review sets it). */
function dueLine(s: ObligationState): { ja: string; en: string } | null {
  if (s.nextDue === null) return null;
  const planned = s.dueFrom === "planned";
  return {
    ja: `期限: ${ymd(s.nextDue)}${planned ? "（行の見直し予定日）" : `（${s.def.rhythmMonths}か月ごと）`}`,
    en: `Due: ${s.nextDue}${planned ? " (a row's planned review)" : ` (every ${s.def.rhythmMonths} months)`}`,
  };
}

export function dutyFeedEvent(s: ObligationState, today: string): DutyFeedEvent {
  const title = s.def.title;
  const b = basis(s);
  const due = dueLine(s);
  const lines = (ja: string[], en: string[]) => [...ja, "", ...en].join("\n");
  if (s.status === "never") {
    return {
      date: today,
      summary: `【未実施】${title.ja}`,
      description: lines(
        [b.ja, "実施して記録するまで、毎日その日の予定として表示されます。"],
        [`Not done yet: ${title.en}. ${b.en}.`, "Shown on each day until it is done and recorded."],
      ),
    };
  }
  if (s.status === "overdue" && due && s.daysUntilDue !== null) {
    const late = -s.daysUntilDue;
    return {
      date: today,
      summary: `【期限切れ】${title.ja}`,
      description: lines(
        [
          `${due.ja}、${late}日超過`,
          b.ja,
          "実施して記録するまで、毎日その日の予定として表示されます。",
        ],
        [
          `Overdue by ${late} days: ${title.en}. ${due.en}.`,
          `${b.en}.`,
          "Shown on each day until it is done and recorded.",
        ],
      ),
    };
  }
  // Due soon or in time: on its due day (nextDue is set whenever the status is neither).
  return {
    date: s.nextDue ?? today,
    summary: `【期限】${title.ja}`,
    description: lines([due?.ja ?? "", b.ja], [`${title.en}. ${due?.en ?? ""}.`, `${b.en}.`]),
  };
}

/**
 * An open task of the work plan: on its due day, or on today once that has passed (marked
 * 期限切れ, with the days late), like the duties.
 */
export function taskFeedEvent(
  task: { title: string; dueOn: string; step: number },
  stepTitle: { ja: string; en: string } | undefined,
  today: string,
): DutyFeedEvent {
  const step = {
    ja: `ステップ${task.step} ${stepTitle?.ja ?? ""}`.trim(),
    en: `Step ${task.step}`,
  };
  if (task.dueOn >= today) {
    return {
      date: task.dueOn,
      summary: `【作業】${task.title}`,
      description: [
        `期限: ${ymd(task.dueOn)}`,
        step.ja,
        "",
        `Task of the work plan, ${step.en}.`,
      ].join("\n"),
    };
  }
  const late = daysBetween(task.dueOn, today);
  return {
    date: today,
    summary: `【作業・期限切れ】${task.title}`,
    description: [
      `期限: ${ymd(task.dueOn)}、${late}日超過`,
      step.ja,
      "完了にするまで、毎日その日の予定として表示されます。",
      "",
      `Overdue task of the work plan (${step.en}), due ${task.dueOn}, ${late} days late.`,
    ].join("\n"),
  };
}
