// Construction steps proved by a dated activity record (実施記録) rather than by a register:
// the team formed, the internal audit held … (the policy, its communication and the internal
// rules are proved by documents: documents.ts; the education by completions: education.ts). Each rule needs
// a record of one kind, dated within the period the rule needs (core/activities/counting.ts),
// and names that record and its day, or says which kind and period is missing. The ids are those of the
// earlier ticked rules, so assessments and links keep working.

import {
  type ActivityFact,
  type ActivityKind,
  activityFormPath,
  activityKind,
  activityRecordPath,
  type Counting,
  type CountingAt,
  countingRecord,
  referenceDay,
} from "../../activities/index.ts";
import type { Bilingual } from "../../i18n-text.ts";
import { formatSeireki } from "../../wareki.ts";
import {
  gap,
  na,
  ok,
  type ReadinessRule,
  type RecordRef,
  type RuleOutcome,
  type Severity,
  type StepNumber,
  text,
} from "../rule.ts";
import type { ReadinessSnapshot } from "../snapshot.ts";
import { agreementsNotNeeded, agreementsScope } from "./register-handling.ts";

interface ActivityRuleDef {
  id: string;
  step: StepNumber;
  refs: readonly string[];
  severity: Severity;
  title: Bilingual;
  kind: ActivityKind;
  /** When the rule does not apply (returns the reason), e.g. nothing is outsourced. */
  notApplicable?: (s: ReadinessSnapshot) => Bilingual | null;
  /** What the rule covers in this organization, put before its reason. */
  scope?: (s: ReadinessSnapshot) => Bilingual | null;
}

// Severities: blocker where docs/domain.md#applying makes it a precondition of a new application
// (all PMS documents attached; a full PDCA cycle with education, internal audit and management
// review; safety measures, vendor contracts and a public contact in place); finding where an
// examiner checks it on site; advice for how the work is organised.
const DEFS: readonly ActivityRuleDef[] = [
  {
    id: "manual.project_team",
    step: 2,
    refs: ["J.2.3"], // the roles of the build, not the J.2 heading
    severity: "advice", // the roles that matter are checked by the appointment rules
    title: text("PMS構築の推進メンバーを決めた", "The PMS project team is formed"),
    kind: "project_team",
  },
  {
    id: "manual.work_plan",
    step: 3,
    refs: ["J.3.2"],
    severity: "advice", // organises the build; the yearly plans come with later capabilities
    title: text(
      "作業計画を立て、関係者に知らせた",
      "The work plan is drawn up and shared with those involved",
    ),
    kind: "work_plan_shared",
  },
  {
    id: "manual.resources",
    step: 8,
    refs: ["J.4.1"],
    severity: "advice", // rarely raised on its own
    title: text(
      "人・物・費用・情報などの資源を確保した",
      "Resources (people, equipment, budget, information) are secured",
    ),
    kind: "resources_decided",
  },
  {
    id: "manual.operation_start",
    step: 11,
    refs: ["J.5.1"],
    severity: "blocker", // a new application needs a full cycle of operation
    title: text("PMSの運用を開始した", "The PMS is in operation"),
    kind: "operation_start",
  },
  {
    id: "manual.safety_measures",
    step: 11,
    refs: ["J.9.2"],
    severity: "blocker", // safety measures must be in place before applying
    title: text("安全管理措置を実施している", "Safety measures are in place"),
    kind: "safety_measure_check",
  },
  {
    id: "manual.vendor_contracts",
    step: 11,
    refs: ["J.9.4"],
    severity: "blocker", // contracts covering responsibility and confidentiality are a precondition
    // Outsourcing, provision to third parties and joint use each need an agreement that
    // covers safeguards and responsibility (docs/domain.md#applying); the reason says which.
    title: text(
      "委託先・提供先・共同利用先との契約に安全管理と責任の取り決めがある",
      "Agreements with contractors, recipients and joint users cover safeguards and responsibilities",
    ),
    kind: "vendor_review",
    notApplicable: agreementsNotNeeded,
    scope: agreementsScope,
  },
  {
    id: "manual.complaints_desk",
    step: 11,
    refs: ["J.11.1"],
    severity: "blocker", // a permanent, published contact point is a precondition
    title: text(
      "苦情・相談窓口を常設し公表した",
      "A permanent complaints and enquiries desk is published",
    ),
    kind: "complaints_desk",
  },
  {
    id: "manual.operation_check",
    step: 12,
    refs: ["J.6.1"],
    severity: "finding", // examiners ask for the records of the operation checks
    title: text("運用状況を確認し記録した", "Operation has been checked and recorded"),
    kind: "operation_check",
  },
  {
    id: "manual.internal_audit",
    step: 12,
    refs: ["J.6.2"],
    severity: "blocker", // at least one internal audit before a new application, then yearly
    title: text("内部監査を実施した", "An internal audit has been carried out"),
    kind: "internal_audit",
  },
  {
    id: "manual.management_review",
    step: 13,
    refs: ["J.6.3"],
    severity: "blocker", // closes the first PDCA cycle the application requires
    title: text("マネジメントレビューを実施した", "A management review has been held"),
    kind: "management_review",
  },
];

const day = (iso: string) => ({ ja: formatSeireki(iso), en: iso });
const label = (kind: ActivityKind) => activityKind(kind).label;

/** The record a result names: its kind and day, linked by id. */
const recordRef = (f: ActivityFact): RecordRef => ({
  id: f.id,
  name: `${activityKind(f.kind).label.ja} ${formatSeireki(f.performedOn)}`,
  path: activityRecordPath(f.id),
});

/** "（実施者 …、承認 …）": who did it and, for top management's acts, who approved it. */
function people(f: ActivityFact, kind: ActivityKind): Bilingual {
  const ja: string[] = [];
  const en: string[] = [];
  if (f.performedByName) {
    ja.push(`実施者 ${f.performedByName}`);
    en.push(`by ${f.performedByName}`);
  }
  if (f.approverName && activityKind(kind).needsApproval) {
    ja.push(`承認 ${f.approverName}`);
    en.push(`approved by ${f.approverName}`);
  }
  return ja.length ? text(`（${ja.join("、")}）`, ` (${en.join(", ")})`) : text("", "");
}

/** The planned application day when yearly work is judged on it; null when on today. */
function plannedDay(at: CountingAt | undefined): Bilingual | null {
  const ref = at ? referenceDay(at) : null;
  return ref?.planned ? day(ref.on) : null;
}

/**
 * The reason and named record of a counting result, in words of our own. With `at`, yearly
 * work judged on a planned application day says so.
 */
export function describeCounting(kind: ActivityKind, c: Counting, at?: CountingAt): RuleOutcome {
  const k = label(kind);
  if (c.ok) {
    const d = day(c.record.performedOn);
    const who = people(c.record, kind);
    const until = c.until ? day(c.until) : null;
    const planned = until ? plannedDay(at) : null;
    const valid = !until
      ? text("", "")
      : planned
        ? text(
            `申請予定日${planned.ja}の前12か月以内で、${until.ja}まで有効です。`,
            ` Within the 12 months before the planned application on ${planned.en}; valid until ${until.en}.`,
          )
        : text(`${until.ja}まで有効です。`, ` Valid until ${until.en}.`);
    return {
      ...ok(
        text(
          `${d.ja}に実施した「${k.ja}」の記録があります${who.ja}。${valid.ja}`,
          `"${k.en}" recorded on ${d.en}${who.en}.${valid.en}`,
        ),
      ),
      details: [recordRef(c.record)],
    };
  }
  switch (c.why) {
    case "none":
      return gap(text(`「${k.ja}」の実施記録がありません。`, `No record of "${k.en}" yet.`));
    case "future": {
      const d = day(c.record.performedOn);
      return gap(
        text(
          `「${k.ja}」の記録は${d.ja}付けで、まだ来ていない日です。`,
          `The record of "${k.en}" is dated ${d.en}, a day still to come.`,
        ),
        [recordRef(c.record)],
      );
    }
    case "unapproved": {
      const d = day(c.record.performedOn);
      const who = c.record.approverName ?? "";
      return gap(
        text(
          `${d.ja}の「${k.ja}」の記録は、${who ? `${who}の` : "承認者の"}承認待ちです。`,
          `The record of "${k.en}" of ${d.en} awaits ${who ? `${who}'s` : "its"} approval.`,
        ),
        [recordRef(c.record)],
      );
    }
    case "too_old": {
      const d = day(c.record.performedOn);
      const since = day(c.since);
      const planned = plannedDay(at);
      const late = planned
        ? text(
            `申請予定日${planned.ja}には12か月を過ぎています`,
            `more than 12 months before the planned application on ${planned.en}`,
          )
        : text("12か月を過ぎています", "more than 12 months ago");
      return gap(
        text(
          `最後の「${k.ja}」の記録は${d.ja}で、${late.ja}。${since.ja}以降の記録が必要です。`,
          `The last record of "${k.en}" is of ${d.en}, ${late.en}. A record on or after ${since.en} is needed.`,
        ),
        [recordRef(c.record)],
      );
    }
    case "no_anchor": {
      const a = label(c.anchorKind);
      return gap(
        text(
          `「${k.ja}」は「${a.ja}」の後に行うものですが、数えられる「${a.ja}」の記録がありません。`,
          `"${k.en}" follows "${a.en}", but no record of "${a.en}" counts yet.`,
        ),
      );
    }
    case "before_anchor": {
      const a = label(c.anchorKind);
      const d = day(c.record.performedOn);
      const anchor = day(c.anchorOn);
      return gap(
        text(
          `「${k.ja}」の記録（${d.ja}）が「${a.ja}」（${anchor.ja}）より前です。${anchor.ja}以降の記録が必要です。`,
          `The record of "${k.en}" (${d.en}) is earlier than "${a.en}" (${anchor.en}). A record on or after ${anchor.en} is needed.`,
        ),
        [recordRef(c.record)],
      );
    }
  }
}

function activityRule(d: ActivityRuleDef): ReadinessRule {
  return {
    id: d.id,
    title: d.title,
    refs: d.refs,
    step: d.step,
    severity: d.severity,
    fixPath: activityFormPath(d.kind),
    manual: true,
    evaluate(s, today): RuleOutcome {
      const why = d.notApplicable?.(s) ?? null;
      if (why !== null) return na(why);
      const at = { today, plannedApplicationOn: s.plannedApplicationOn ?? null };
      const outcome = describeCounting(d.kind, countingRecord(d.kind, s.activities, at), at);
      const scope = d.scope?.(s) ?? null;
      if (scope === null) return outcome;
      return {
        ...outcome,
        reason: text(`${scope.ja}${outcome.reason.ja}`, `${scope.en} ${outcome.reason.en}`),
      };
    },
  };
}

export const ACTIVITY_RULES: readonly ReadinessRule[] = DEFS.map(activityRule);

/** The kind each record rule reads (the web app's form opens with it). */
export const ACTIVITY_RULE_KINDS: Readonly<Record<string, ActivityKind>> = Object.fromEntries(
  DEFS.map((d) => [d.id, d.kind]),
);
