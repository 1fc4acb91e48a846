// Construction step 10 proved by the education capability (教育) instead of an activity record:
// a completion of a course that is the yearly education of every worker (an e-learning pass or
// attendance at a session) is the dated record. manual.education keeps the id of the earlier
// record rule, so assessments and links keep working; education.all_staff asks whether every
// current worker has one. Both count the 12 months as the other yearly work does: before the
// planned application day while it is ahead, else before today (core/activities/counting.ts).

import { type CountingAt, referenceDay, windowStart } from "../../activities/counting.ts";
import { activityRecordPath } from "../../activities/kinds.ts";
import { nextDue } from "../../obligations/dates.ts";
import { formatSeireki } from "../../wareki.ts";
import { gap, na, ok, type ReadinessRule, type RuleOutcome, text } from "../rule.ts";
import type { ReadinessSnapshot, SnapshotEducationPerson } from "../snapshot.ts";

/** Where completions are made: the 教育 page. */
export const EDUCATION_FIX_PATH = "education";
/** How many people without a completion the reason names before 他N名. */
const NAMED_PEOPLE = 5;

const day = (iso: string) => ({ ja: formatSeireki(iso), en: iso });
const peopleOf = (s: ReadinessSnapshot): readonly SnapshotEducationPerson[] =>
  s.educationPeople ?? [];
const atOf = (s: ReadinessSnapshot, today: string): CountingAt => ({
  today,
  plannedApplicationOn: s.plannedApplicationOn ?? null,
});

/** The latest completion of anyone (people who left since included: it was done). */
export function latestCompletion(people: readonly SnapshotEducationPerson[]): string | null {
  let latest: string | null = null;
  for (const p of people)
    if (p.lastCompletedOn !== null && (latest === null || p.lastCompletedOn > latest))
      latest = p.lastCompletedOn;
  return latest;
}

/** Until when the latest completion counts, naming the planned application day when judged on it. */
function validUntil(latest: string, at: CountingAt) {
  const until = day(nextDue(latest, 12));
  const ref = referenceDay(at);
  if (!ref.planned) return text(`${until.ja}まで有効です。`, ` Valid until ${until.en}.`);
  const d = day(ref.on);
  return text(
    `申請予定日${d.ja}の前12か月以内で、${until.ja}まで有効です。`,
    ` Within the 12 months before the planned application on ${d.en}; valid until ${until.en}.`,
  );
}

/** "12か月を過ぎています", said of the planned application day when judged on it. */
function tooLate(at: CountingAt) {
  const ref = referenceDay(at);
  if (!ref.planned) return text("12か月を過ぎています", "more than 12 months ago");
  const d = day(ref.on);
  return text(
    `申請予定日${d.ja}には12か月を過ぎています`,
    `more than 12 months before the planned application on ${d.en}`,
  );
}

/** Nobody ever completed: say so, and name an activity record of education that does not count. */
function noCompletion(s: ReadinessSnapshot): RuleOutcome {
  const records = s.activities
    .filter((a) => a.kind === "education")
    .sort((a, b) => b.performedOn.localeCompare(a.performedOn));
  const record = records[0];
  if (!record)
    return gap(
      text(
        "教育の修了記録がありません。教育画面でコースを割り当て、受講または出席を記録してください。",
        "No one has completed the education yet. Assign a course on the education page and record who took or attended it.",
      ),
    );
  const d = day(record.performedOn);
  // The record stays on 実施記録 as history; the completions are what an examiner asks for.
  return gap(
    text(
      `「従業者教育」の実施記録（${d.ja}）はありますが、教育の機能に修了の記録がありません。教育画面で受講・出席を記録してください。`,
      `There is an activity record of staff education (${d.en}), but the education capability has no completion. Record who took or attended the course on the education page.`,
    ),
    [
      {
        id: record.id,
        name: `従業者教育 ${formatSeireki(record.performedOn)}`,
        path: activityRecordPath(record.id),
      },
    ],
  );
}

// blocker: every worker educated at least once a year, and before a new application
// (docs/domain.md#applying); a year without any completion stops the application.
const educationDone: ReadinessRule = {
  id: "manual.education",
  step: 10,
  refs: ["J.4.2", "J.4.3"],
  severity: "blocker",
  title: text("全従業者に教育を実施した", "All staff have been educated"),
  fixPath: EDUCATION_FIX_PATH,
  manual: false,
  evaluate(s, today) {
    const people = peopleOf(s);
    const latest = latestCompletion(people);
    if (latest === null) return noCompletion(s);
    const at = atOf(s, today);
    const since = windowStart(at);
    const last = day(latest);
    const from = day(since);
    if (latest < since) {
      const late = tooLate(at);
      return gap(
        text(
          `最後の教育の修了は${last.ja}で、${late.ja}。${from.ja}以降の修了が必要です。`,
          `The last completion of the education is of ${last.en}, ${late.en}. A completion on or after ${from.en} is needed.`,
        ),
      );
    }
    const completed = people.filter(
      (p) => p.lastCompletedOn !== null && p.lastCompletedOn >= since,
    ).length;
    const valid = validUntil(latest, at);
    return ok(
      text(
        `${from.ja}以降に${completed}名が教育を修了しています（最新の修了日 ${last.ja}）。${valid.ja}`,
        `${completed} ${completed === 1 ? "person" : "people"} completed the education on or after ${from.en} (latest completion ${last.en}).${valid.en}`,
      ),
    );
  },
};

/** In office on the reference day: no leaving day, or one after it. */
const inOfficeOn = (p: SnapshotEducationPerson, on: string) => p.leftOn === null || p.leftOn > on;

// finding: examiners ask staff on site what they learned; a worker without this year's
// education is a likely finding even when the education as such took place.
// When nobody completed at all the rule is still a gap with the count (not n/a): both are
// true, the blocker says the education is missing and this one says for how many people,
// which is the work left to do.
const educationAllStaff: ReadinessRule = {
  id: "education.all_staff",
  step: 10,
  refs: ["J.4.2"],
  severity: "finding",
  title: text(
    "在籍中の全従業者が12か月以内に教育を修了している",
    "Every current worker completed the education within 12 months",
  ),
  fixPath: EDUCATION_FIX_PATH,
  manual: false,
  evaluate(s, today) {
    const at = atOf(s, today);
    const ref = referenceDay(at);
    const since = windowStart(at);
    const current = peopleOf(s).filter((p) => inOfficeOn(p, ref.on));
    const on = day(ref.on);
    const from = day(since);
    if (current.length === 0)
      return na(
        text(
          `${on.ja}に在籍する従業者が従業者名簿にいません。`,
          `No one in the people register is in office on ${on.en}.`,
        ),
      );
    const without = current.filter((p) => p.lastCompletedOn === null || p.lastCompletedOn < since);
    if (without.length === 0)
      return ok(
        text(
          `${on.ja}に在籍する従業者${current.length}名全員が、${from.ja}以降に教育を修了しています。`,
          `All ${current.length} people in office on ${on.en} completed the education on or after ${from.en}.`,
        ),
      );
    const shown = without.slice(0, NAMED_PEOPLE).map((p) => p.name);
    const rest = without.length - shown.length;
    const names = text(
      `${shown.join("、")}${rest > 0 ? ` 他${rest}名` : ""}`,
      `${shown.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`,
    );
    return gap(
      text(
        `${on.ja}に在籍する従業者${current.length}名のうち${without.length}名が、${from.ja}以降に教育を修了していません（${names.ja}）。`,
        `${without.length} of the ${current.length} people in office on ${on.en} have not completed the education on or after ${from.en} (${names.en}).`,
      ),
    );
  },
};

export const EDUCATION_RULES: readonly ReadinessRule[] = [educationDone, educationAllStaff];
