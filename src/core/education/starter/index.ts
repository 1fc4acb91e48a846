// 教育の初期コース: courses written by mamori in Japanese, filled with the organization's facts
// when created, then edited freely by the organization. 「個人情報保護の基本」 for every worker.
import type { StarterCourse, StarterFacts, StarterKey } from "./facts.ts";
import { internalAuditQuestions, internalAuditSections } from "./internal-audit.ts";
import { pmsBasicsQuestions } from "./pms-basics.quiz.ts";
import { pmsBasicsSections } from "./pms-basics.sections.ts";
import { pmsManagerQuestions, pmsManagerSections } from "./pms-manager.ts";

export {
  fact,
  STARTER_KEYS,
  type StarterCourse,
  type StarterFacts,
  type StarterKey,
} from "./facts.ts";

/** 「個人情報保護の基本」, the yearly course of every worker, from the organization's facts. */
export function starterCourse(facts: StarterFacts): StarterCourse {
  return {
    key: "pms_basics",
    audience: "all_staff",
    title: "個人情報保護の基本",
    description:
      "すべての従業者が年に1回受ける教育です。個人情報と要配慮個人情報、当社の方針、取得から廃棄までのルール、事故のときの報告先、当社の規程を確認し、確認テストで理解を確かめます。",
    sections: pmsBasicsSections(facts),
    questions: pmsBasicsQuestions(facts),
    passMark: 80,
    maxAttempts: null,
    durationMinutes: 30,
  };
}

/** 「個人情報保護管理者の役割」, a role course for the PMS manager. */
export function pmsManagerCourse(facts: StarterFacts): StarterCourse {
  return {
    key: "pms_manager",
    audience: "pms_manager",
    title: "個人情報保護管理者の役割",
    description:
      "個人情報保護管理者が一年を通じて管理すること、事故のときの対応と報告の期限、代表者への報告と見直しを確認します。",
    sections: pmsManagerSections(facts),
    questions: pmsManagerQuestions(),
    passMark: 80,
    maxAttempts: null,
    durationMinutes: 20,
  };
}

/** 「内部監査の進め方」, a role course for internal auditors and the audit lead. */
export function internalAuditCourse(facts: StarterFacts): StarterCourse {
  return {
    key: "internal_audit",
    audience: "internal_auditor",
    title: "内部監査の進め方",
    description:
      "内部監査の目的と独立性、計画とチェックリスト、証拠にもとづく確認、指摘・報告・是正の確認までの流れを学びます。",
    sections: internalAuditSections(facts),
    questions: internalAuditQuestions(),
    passMark: 80,
    maxAttempts: null,
    durationMinutes: 20,
  };
}

/** The starter course of a key. */
export function starterCourseFor(key: StarterKey, facts: StarterFacts): StarterCourse {
  switch (key) {
    case "pms_basics":
      return starterCourse(facts);
    case "pms_manager":
      return pmsManagerCourse(facts);
    case "internal_audit":
      return internalAuditCourse(facts);
  }
}
