// 教育の初期コース: courses written by mamori in Japanese, filled with the organization's facts
// when created, then edited freely by the organization. 「個人情報保護の基本」 for every worker.
import type { StarterCourse, StarterFacts, StarterKey } from "./facts.ts";
import { pmsBasicsQuestions } from "./pms-basics.quiz.ts";
import { pmsBasicsSections } from "./pms-basics.sections.ts";

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

/** The starter course of a key. */
export function starterCourseFor(key: StarterKey, facts: StarterFacts): StarterCourse {
  switch (key) {
    case "pms_basics":
      return starterCourse(facts);
  }
}
