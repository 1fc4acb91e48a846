// The quiz of a course (確認テスト): single and multiple choice questions, each choice with its
// own explanation, scored against the course's pass mark. Pure rules: what makes a quiz
// publishable, how one submission is scored, how many attempts remain.

export type QuestionKind = "single" | "multiple";

export interface QuizChoice {
  /** Stable id: attempts and the 理解度 report refer to it. */
  id: string;
  text: string;
  correct: boolean;
  /** Shown after answering: why this choice is right or wrong. */
  explanation?: string | null;
}

export interface QuizQuestion {
  /** Stable id: kept when the question is edited, so results stay comparable. */
  id: string;
  kind: QuestionKind;
  prompt: string;
  choices: QuizChoice[];
  /** Shown after answering, for the question as a whole. */
  explanation?: string | null;
}

/** questionId → the ids of the choices the person chose. */
export type AttemptAnswers = Record<string, string[]>;

/** One question of one submission, as it was asked (the text may change later). */
export interface AttemptResult {
  questionId: string;
  prompt: string;
  chosen: string[];
  correct: boolean;
}

export const MAX_QUESTIONS = 100;
export const MAX_CHOICES = 10;

/** A reason the quiz cannot be used, with where (for the form's field error). */
export interface QuizProblem {
  /** e.g. "questions.2.choices" */
  field: string;
  code:
    | "quiz_no_correct_answer"
    | "quiz_single_many_correct"
    | "quiz_too_few_choices"
    | "quiz_duplicate_id";
  /** 1-based question number, for the message. */
  question: number;
}

/**
 * What is wrong with a quiz, first problem first; empty when every question has at least two
 * choices, a correct answer, exactly one for a single-choice question, and unique ids.
 */
export function quizProblems(questions: readonly QuizQuestion[]): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const questionIds = new Set<string>();
  questions.forEach((q, i) => {
    const at = `questions.${i}`;
    const n = i + 1;
    if (questionIds.has(q.id))
      problems.push({ field: `${at}.id`, code: "quiz_duplicate_id", question: n });
    questionIds.add(q.id);
    const choiceIds = new Set(q.choices.map((c) => c.id));
    if (choiceIds.size !== q.choices.length)
      problems.push({ field: `${at}.choices`, code: "quiz_duplicate_id", question: n });
    if (q.choices.length < 2)
      problems.push({ field: `${at}.choices`, code: "quiz_too_few_choices", question: n });
    const correct = q.choices.filter((c) => c.correct).length;
    if (correct === 0)
      problems.push({ field: `${at}.choices`, code: "quiz_no_correct_answer", question: n });
    else if (q.kind === "single" && correct > 1)
      problems.push({ field: `${at}.choices`, code: "quiz_single_many_correct", question: n });
  });
  return problems;
}

/** Why a submission cannot be scored: a question unanswered, or an answer not of the quiz. */
export interface AnswerProblem {
  field: string;
  code: "quiz_unanswered" | "quiz_unknown_answer" | "quiz_single_many_chosen";
}

export function answerProblems(
  questions: readonly QuizQuestion[],
  answers: AttemptAnswers,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const key of Object.keys(answers))
    if (!byId.has(key)) problems.push({ field: `answers.${key}`, code: "quiz_unknown_answer" });
  for (const q of questions) {
    const chosen = answers[q.id] ?? [];
    if (chosen.length === 0) {
      problems.push({ field: `answers.${q.id}`, code: "quiz_unanswered" });
      continue;
    }
    const ids = new Set(q.choices.map((c) => c.id));
    if (chosen.some((c) => !ids.has(c)) || new Set(chosen).size !== chosen.length)
      problems.push({ field: `answers.${q.id}`, code: "quiz_unknown_answer" });
    else if (q.kind === "single" && chosen.length > 1)
      problems.push({ field: `answers.${q.id}`, code: "quiz_single_many_chosen" });
  }
  return problems;
}

export interface Scored {
  /** Percent of questions answered correctly, rounded down (never passes by rounding). */
  score: number;
  passed: boolean;
  correctCount: number;
  results: AttemptResult[];
}

/**
 * Scores a submission already checked by answerProblems. A multiple-choice question is right
 * only when exactly its correct choices are chosen. Passing compares whole numbers
 * (correct × 100 ≥ pass mark × questions), so 7 of 9 (77.8 %) fails a pass mark of 78.
 * A course without questions is passed by finishing the material.
 */
export function scoreAttempt(
  questions: readonly QuizQuestion[],
  answers: AttemptAnswers,
  passMark: number,
): Scored {
  const results = questions.map((q) => {
    const chosen = [...(answers[q.id] ?? [])];
    const right = new Set(q.choices.filter((c) => c.correct).map((c) => c.id));
    const correct = chosen.length === right.size && chosen.every((c) => right.has(c));
    return { questionId: q.id, prompt: q.prompt, chosen, correct };
  });
  const total = questions.length;
  const correctCount = results.filter((r) => r.correct).length;
  if (total === 0) return { score: 100, passed: true, correctCount: 0, results };
  return {
    score: Math.floor((correctCount * 100) / total),
    passed: correctCount * 100 >= passMark * total,
    correctCount,
    results,
  };
}

/** Attempts still allowed; null when unlimited. */
export function attemptsLeft(maxAttempts: number | null, used: number): number | null {
  return maxAttempts === null ? null : Math.max(0, maxAttempts - used);
}
