// What a starter course is built from: the organization's own facts on the day it is created
// (its name, who holds the PMS roles, the policy and the rules in force). A fact the
// organization has not entered yet shows as a visible 【…：未設定】 mark, never a blank, so the
// author sees at once what to fill in or correct before opening the course.
import type { CourseAudience } from "../audiences.ts";
import type { QuizQuestion } from "../quiz.ts";
import type { CourseSection } from "../sections.ts";

export interface StarterFacts {
  /** 事業者名 (the profile's name). */
  orgName: string | null;
  /** 個人情報保護管理者, by name (appointed today). */
  pmsManagerName: string | null;
  /** 苦情・相談窓口: the people appointed, or the desk the profile names. */
  complaintsDeskName: string | null;
  /** 個人情報保護監査責任者, by name. */
  auditLeadName?: string | null;
  /** How to reach the PMS manager at once (an extension, a mail address). */
  incidentContact?: string | null;
  /** The title of the personal information protection policy in force. */
  policyTitle?: string | null;
  /** The organization's documents in force (規程・手順・様式), by number and title. */
  documentsInForce: readonly { number: string; title: string }[];
}

/** A course as the starter writes it; the author edits it freely afterwards. */
export interface StarterCourse {
  key: StarterKey;
  /** Who the course is for (core/education/audiences.ts). */
  audience: CourseAudience;
  title: string;
  description: string;
  sections: CourseSection[];
  questions: QuizQuestion[];
  passMark: number;
  maxAttempts: number | null;
  durationMinutes: number;
}

export const STARTER_KEYS = ["pms_basics", "pms_manager", "internal_audit"] as const;
export type StarterKey = (typeof STARTER_KEYS)[number];

/** The fact, or 【label：未設定】 when it is missing or blank. */
export function fact(value: string | null | undefined, label: string): string {
  const v = value?.trim();
  return v ? v : `【${label}：未設定】`;
}

/** A text section. */
export const textSection = (id: string, title: string, body: string): CourseSection => ({
  id,
  kind: "text",
  title,
  body,
  fileId: null,
  url: null,
});

/** [choice text, correct, why] of one choice. */
export type ChoiceSpec = readonly [text: string, correct: boolean, explanation: string];

/** A question with stable ids: `${id}` and `${id}-1`, `${id}-2` … for its choices. */
export function question(
  id: string,
  kind: QuizQuestion["kind"],
  prompt: string,
  choices: readonly ChoiceSpec[],
  explanation: string,
): QuizQuestion {
  return {
    id,
    kind,
    prompt,
    choices: choices.map(([text, correct, why], i) => ({
      id: `${id}-${i + 1}`,
      text,
      correct,
      explanation: why,
    })),
    explanation,
  };
}
