// The 13 construction steps of a PMS (docs/domain.md#construction-steps), in our own words.
import type { Bilingual } from "../i18n-text.ts";
import type { StepNumber } from "./rule.ts";

export interface ConstructionStep {
  step: StepNumber;
  title: Bilingual;
}

export const CONSTRUCTION_STEPS: readonly ConstructionStep[] = [
  { step: 1, title: { ja: "個人情報保護方針を定める", en: "Set the protection policy" } },
  { step: 2, title: { ja: "推進体制をつくる", en: "Form the PMS team" } },
  { step: 3, title: { ja: "作業計画を立てて共有する", en: "Plan the work and share the plan" } },
  { step: 4, title: { ja: "方針を全員に伝える", en: "Make the policy known to everyone" } },
  {
    step: 5,
    title: { ja: "個人情報を洗い出して台帳にする", en: "Identify personal information" },
  },
  { step: 6, title: { ja: "守るべき法令・規範を特定する", en: "Identify laws and norms" } },
  { step: 7, title: { ja: "リスクを分析し対策を決める", en: "Analyse and treat the risks" } },
  { step: 8, title: { ja: "必要な資源を確保する", en: "Secure the resources" } },
  { step: 9, title: { ja: "内部規程を整える", en: "Write the internal rules" } },
  { step: 10, title: { ja: "全従業者を教育する", en: "Educate all staff" } },
  { step: 11, title: { ja: "運用を始める", en: "Start operating the PMS" } },
  { step: 12, title: { ja: "運用を確認し内部監査を行う", en: "Check operation and audit it" } },
  { step: 13, title: { ja: "見直して改善する", en: "Review and improve the PMS" } },
];
