// Eligibility and the PMS structure (docs/domain.md#roles-and-eligibility, #applying): staff,
// the two separated roles, top management, and the scope of the PMS.
// Refs: J.2 (リーダーシップ) is a heading, not an item. Under the ISO management-system
// structure (clause 5: 5.1 leadership and commitment, 5.2 policy = J.2.2, 5.3 roles), appointing
// the manager and the audit lead is J.2.3 役割、責任及び権限 (the catalogue maps it to Annex
// A.3.3.4, where the 2017 rules placed these appointments), and top management's own part is
// J.2.1 リーダーシップ及びコミットメント. Both items are inferred, their titles unverified
// (docs/domain.md#requirement-catalogue).

import type { AppointmentRole } from "../../appointments/appointment-rules.ts";
import type { Bilingual } from "../../i18n-text.ts";
import { formatSeireki } from "../../wareki.ts";
import { gap, isBlank, na, ok, type ReadinessRule, type RecordRef, text } from "../rule.ts";
import type { ReadinessSnapshot, SnapshotAppointment } from "../snapshot.ts";

/** Appointments of `role` in force on `today` (both ends inclusive). */
export function currentAppointments(
  s: ReadinessSnapshot,
  role: AppointmentRole,
  today: string,
): SnapshotAppointment[] {
  return s.appointments.filter(
    (a) => a.role === role && a.from <= today && (a.to === null || today <= a.to),
  );
}

const names = (as: readonly SnapshotAppointment[]) => as.map((a) => a.personName).join("、");
// The appointments page is where a person's roles are recorded (and corrected).
const refs = (as: readonly SnapshotAppointment[]): RecordRef[] =>
  as.map((a) => ({ id: a.personId, name: a.personName, path: "appointments" }));

// blocker: an organization with fewer than 2 staff is not eligible for the mark at all.
const staff: ReadinessRule = {
  id: "eligibility.staff",
  title: text("従業者が2名以上いる", "At least two staff"),
  refs: [],
  step: 2,
  severity: "blocker",
  fixPath: "people",
  manual: false,
  evaluate(s) {
    const n = s.activeStaffCount;
    return n >= 2
      ? ok(text(`在籍中の従業者は${n}名です。`, `${n} staff are currently employed.`))
      : gap(
          text(
            `在籍中の従業者が${n}名です。申請には2名以上が必要です。`,
            `${n} staff currently employed; applying needs at least 2.`,
          ),
        );
  },
};

function holderRule(
  id: string,
  role: AppointmentRole,
  title: Bilingual,
  roleName: Bilingual,
): ReadinessRule {
  return {
    id,
    title,
    refs: ["J.2.3"],
    step: 2,
    severity: "blocker",
    fixPath: "appointments",
    manual: false,
    evaluate(s, today) {
      const holders = currentAppointments(s, role, today);
      if (holders.length === 0) {
        return gap(
          text(
            `${formatSeireki(today)}時点で任期中の${roleName.ja}がいません。`,
            `No ${roleName.en} is appointed on ${today}.`,
          ),
        );
      }
      return ok(
        text(`${roleName.ja}は${names(holders)}さんです。`, `${roleName.en}: ${names(holders)}.`),
      );
    },
  };
}

// blocker: the application names the PMS manager; without one there is no PMS to examine.
const pmsManager = holderRule(
  "eligibility.pms_manager",
  "pms_manager",
  text("個人情報保護管理者が任命されている", "A PMS manager is appointed"),
  text("個人情報保護管理者", "PMS manager"),
);

// blocker: an audit lead independent of the manager is an eligibility condition.
const auditLead = holderRule(
  "eligibility.audit_lead",
  "audit_lead",
  text("個人情報保護監査責任者が任命されている", "An audit lead is appointed"),
  text("個人情報保護監査責任者", "audit lead"),
);

// blocker: the same person in both roles makes the organization ineligible
// (docs/domain.md#roles-and-eligibility).
// The appointment rules refuse this, but imported or back-dated data may still hold it.
const separation: ReadinessRule = {
  id: "eligibility.separation",
  title: text(
    "個人情報保護管理者と監査責任者が別の人である",
    "The PMS manager and the audit lead are different people",
  ),
  refs: ["J.2.3"],
  step: 2,
  severity: "blocker",
  fixPath: "appointments",
  manual: false,
  evaluate(s, today) {
    const managers = currentAppointments(s, "pms_manager", today);
    const leads = currentAppointments(s, "audit_lead", today);
    if (managers.length === 0 || leads.length === 0) {
      return na(
        text(
          "管理者と監査責任者の両方がそろってから確認します。",
          "Checked once both the manager and the audit lead are appointed.",
        ),
      );
    }
    const leadIds = new Set(leads.map((a) => a.personId));
    const both = managers.filter((a) => leadIds.has(a.personId));
    if (both.length > 0) {
      return gap(
        text(
          `${names(both)}さんが管理者と監査責任者を兼ねています。`,
          `${names(both)} holds both the manager and the audit lead role.`,
        ),
        refs(both),
      );
    }
    return ok(
      text(
        `管理者（${names(managers)}）と監査責任者（${names(leads)}）は別の人です。`,
        `Manager (${names(managers)}) and audit lead (${names(leads)}) are different people.`,
      ),
    );
  },
};

// blocker: the representative approves the policy and runs the management review; the
// application is made in their name.
const topManagement: ReadinessRule = {
  id: "eligibility.top_management",
  title: text("トップマネジメント（代表者）が記録されている", "Top management is recorded"),
  refs: ["J.2.1"],
  step: 2,
  severity: "blocker",
  fixPath: "appointments",
  manual: false,
  evaluate(s, today) {
    const holders = currentAppointments(s, "top_management", today);
    if (holders.length > 0) {
      return ok(
        text(
          `体制のトップマネジメントは${names(holders)}さんです。`,
          `Top management in the structure: ${names(holders)}.`,
        ),
      );
    }
    const rep = s.profile.representative;
    if (!isBlank(rep)) {
      return ok(
        text(
          `事業者情報の代表者（${rep?.trim()}）をトップマネジメントとみなします。`,
          `The representative in the profile (${rep?.trim()}) is taken as top management.`,
        ),
      );
    }
    return gap(
      text(
        "トップマネジメントが体制にも事業者情報の代表者にも登録されていません。",
        "Top management is neither appointed nor named as representative in the profile.",
      ),
    );
  },
};

// finding: a PMS without a written scope is hard to examine, but the mark covers the whole
// legal entity anyway, so the application itself can still be made.
const scope: ReadinessRule = {
  id: "scope.defined",
  title: text("PMSの適用範囲が決まっている", "The PMS scope is set"),
  refs: ["J.1.4"],
  step: 1,
  severity: "finding",
  fixPath: "profile",
  manual: false,
  evaluate(s) {
    const value = s.profile.scope?.trim() ?? "";
    return value === ""
      ? gap(
          text(
            "事業者情報にPMSの適用範囲が書かれていません。",
            "The profile does not state the scope of the PMS.",
          ),
        )
      : ok(
          text(
            `適用範囲が記載されています（${value.length}文字）。`,
            `The scope is stated (${value.length} characters).`,
          ),
        );
  },
};

export const ORGANIZATION_RULES: readonly ReadinessRule[] = [
  scope,
  staff,
  pmsManager,
  auditLead,
  separation,
  topManagement,
];
