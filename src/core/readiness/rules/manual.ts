// Construction steps no capability checks from records yet: a person ticks them, and the tick
// records who and when. A later capability (documents, education, audit, …) replaces its
// manual rule with rules over its own records.

import type { Bilingual } from "../../i18n-text.ts";
import { todayInJapan } from "../../today-in-japan.ts";
import { formatSeireki } from "../../wareki.ts";
import {
  activeItems,
  gap,
  na,
  ok,
  type ReadinessRule,
  type RuleOutcome,
  type Severity,
  type StepNumber,
  text,
} from "../rule.ts";
import type { ReadinessSnapshot } from "../snapshot.ts";

/** Where manual rules are ticked: the readiness page of the web app. */
export const MANUAL_FIX_PATH = "readiness";

interface ManualDef {
  id: string;
  step: StepNumber;
  refs: readonly string[];
  severity: Severity;
  title: Bilingual;
  /** When the rule does not apply (returns the reason), e.g. nothing is outsourced. */
  notApplicable?: (s: ReadinessSnapshot) => Bilingual | null;
}

// Severities: blocker where docs/domain.md#applying makes it a precondition of a new application
// (all PMS documents attached; a full PDCA cycle with education, internal audit and management
// review; safety measures, vendor contracts and a public contact in place); finding where an
// examiner checks it on site; advice for how the work is organised.
const DEFS: readonly ManualDef[] = [
  {
    id: "manual.policy",
    step: 1,
    refs: ["J.2.2"],
    severity: "blocker", // the policy heads the PMS documents attached to the application
    title: text(
      "個人情報保護方針を定め、代表者が承認した",
      "The protection policy is written and approved by top management",
    ),
  },
  {
    id: "manual.project_team",
    step: 2,
    refs: ["J.2.3"], // the roles of the build, not the J.2 heading
    severity: "advice", // the roles that matter are checked by the appointment rules
    title: text("PMS構築の推進メンバーを決めた", "The PMS project team is formed"),
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
  },
  {
    id: "manual.policy_known",
    step: 4,
    refs: ["J.2.2", "J.4.3"],
    severity: "finding", // on-site interviews ask staff about the policy
    title: text("方針を全従業者に周知した", "The policy has been made known to all staff"),
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
  },
  {
    id: "manual.internal_rules",
    step: 9,
    refs: ["J.4.5.4"],
    severity: "blocker", // the rules are PMS documents attached to the application
    title: text("内部規程と様式を整備した", "The internal rules and forms are in place"),
  },
  {
    id: "manual.education",
    step: 10,
    refs: ["J.4.2", "J.4.3"],
    severity: "blocker", // every staff member educated at least once before applying
    title: text("全従業者に教育を実施した", "All staff have been educated"),
  },
  {
    id: "manual.operation_start",
    step: 11,
    refs: ["J.5.1"],
    severity: "blocker", // a new application needs a full cycle of operation
    title: text("PMSの運用を開始した", "The PMS is in operation"),
  },
  {
    id: "manual.safety_measures",
    step: 11,
    refs: ["J.9.2"],
    severity: "blocker", // safety measures must be in place before applying
    title: text("安全管理措置を実施している", "Safety measures are in place"),
  },
  {
    id: "manual.vendor_contracts",
    step: 11,
    refs: ["J.9.4"],
    severity: "blocker", // contracts covering responsibility and confidentiality are a precondition
    title: text(
      "委託先との契約に安全管理と責任の取り決めがある",
      "Contracts with contractors cover safeguards and responsibilities",
    ),
    notApplicable: (s) =>
      activeItems(s).some((i) => i.outsourced === true)
        ? null
        : text("委託している台帳項目はありません。", "No register item is outsourced."),
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
  },
  {
    id: "manual.operation_check",
    step: 12,
    refs: ["J.6.1"],
    severity: "finding", // examiners ask for the records of the operation checks
    title: text("運用状況を確認し記録した", "Operation has been checked and recorded"),
  },
  {
    id: "manual.internal_audit",
    step: 12,
    refs: ["J.6.2"],
    severity: "blocker", // at least one internal audit before a new application
    title: text("内部監査を実施した", "An internal audit has been carried out"),
  },
  {
    id: "manual.management_review",
    step: 13,
    refs: ["J.6.3"],
    severity: "blocker", // closes the first PDCA cycle the application requires
    title: text("マネジメントレビューを実施した", "A management review has been held"),
  },
];

/** The day of a tick in Japan time; the timestamp as given when it cannot be read. */
function tickDay(checkedAt: string): string {
  const t = Date.parse(checkedAt);
  return Number.isNaN(t) ? checkedAt.slice(0, 10) : todayInJapan(new Date(t));
}

function manualRule(d: ManualDef): ReadinessRule {
  return {
    id: d.id,
    title: d.title,
    refs: d.refs,
    step: d.step,
    severity: d.severity,
    fixPath: MANUAL_FIX_PATH,
    manual: true,
    evaluate(s): RuleOutcome {
      const why = d.notApplicable?.(s) ?? null;
      if (why !== null) return na(why);
      const tick = s.manualChecks.find((c) => c.ruleId === d.id);
      if (tick === undefined) {
        return gap(text("まだ完了の確認がありません。", "Not confirmed as done yet."));
      }
      const check = {
        done: tick.done,
        checkedByName: tick.checkedByName,
        checkedAt: tick.checkedAt,
      };
      const who = tick.checkedByName ?? "";
      const day = tickDay(tick.checkedAt);
      if (!tick.done) {
        return {
          ...gap(
            text(
              `${formatSeireki(day)}に${who ? `${who}さんが` : ""}未完了に戻しました。`,
              `Marked not done on ${day}${who ? ` by ${who}` : ""}.`,
            ),
          ),
          check,
        };
      }
      return {
        ...ok(
          text(
            `${formatSeireki(day)}に${who ? `${who}さんが` : ""}完了を確認しました。`,
            `Confirmed done on ${day}${who ? ` by ${who}` : ""}.`,
          ),
        ),
        check,
      };
    },
  };
}

export const MANUAL_RULES: readonly ReadinessRule[] = DEFS.map(manualRule);
