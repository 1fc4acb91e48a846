// The quiz rules by hand: what makes a quiz usable, how a submission is checked and scored
// (whole-number pass comparison, exact sets for multiple choice) and how many attempts remain.
import { describe, expect, it } from "vitest";
import {
  answerProblems,
  attemptsLeft,
  type QuizQuestion,
  quizProblems,
  scoreAttempt,
} from "./quiz.ts";

/** A single-choice question whose correct choice is `${id}a`. */
const single = (id: string): QuizQuestion => ({
  id,
  kind: "single",
  prompt: `問${id}`,
  choices: [
    { id: `${id}a`, text: "正しい", correct: true },
    { id: `${id}b`, text: "誤り", correct: false },
  ],
});

const multiple: QuizQuestion = {
  id: "m",
  kind: "multiple",
  prompt: "当てはまるものをすべて選んでください",
  choices: [
    { id: "m1", text: "A", correct: true },
    { id: "m2", text: "B", correct: true },
    { id: "m3", text: "C", correct: false },
  ],
};

const nine = Array.from({ length: 9 }, (_, i) => single(`q${i + 1}`));
/** Answers the first `right` questions correctly and the rest wrongly. */
function answersWith(questions: QuizQuestion[], right: number) {
  return Object.fromEntries(questions.map((q, i) => [q.id, [i < right ? `${q.id}a` : `${q.id}b`]]));
}

describe("quizProblems", () => {
  it("accepts a sound quiz", () => {
    expect(quizProblems([single("a"), multiple])).toEqual([]);
  });

  it("finds a question without a correct answer, with its field and number", () => {
    const q: QuizQuestion = {
      ...single("x"),
      choices: [
        { id: "x1", text: "1", correct: false },
        { id: "x2", text: "2", correct: false },
      ],
    };
    expect(quizProblems([single("a"), q])).toEqual([
      { field: "questions.1.choices", code: "quiz_no_correct_answer", question: 2 },
    ]);
  });

  it("refuses two correct answers on a single-choice question but not on a multiple one", () => {
    const q: QuizQuestion = { ...multiple, id: "s", kind: "single" };
    expect(quizProblems([q])).toEqual([
      { field: "questions.0.choices", code: "quiz_single_many_correct", question: 1 },
    ]);
    expect(quizProblems([multiple])).toEqual([]);
  });

  it("needs two choices", () => {
    const q: QuizQuestion = {
      ...single("o"),
      choices: [{ id: "o1", text: "1", correct: true }],
    };
    expect(quizProblems([q])).toEqual([
      { field: "questions.0.choices", code: "quiz_too_few_choices", question: 1 },
    ]);
  });

  it("finds repeated question ids and repeated choice ids", () => {
    expect(quizProblems([single("d"), single("d")])).toEqual([
      { field: "questions.1.id", code: "quiz_duplicate_id", question: 2 },
    ]);
    const q: QuizQuestion = {
      ...single("c"),
      choices: [
        { id: "same", text: "1", correct: true },
        { id: "same", text: "2", correct: false },
      ],
    };
    expect(quizProblems([q])).toEqual([
      { field: "questions.0.choices", code: "quiz_duplicate_id", question: 1 },
    ]);
  });
});

describe("answerProblems", () => {
  it("accepts one answer for each question", () => {
    expect(answerProblems([single("a"), multiple], { a: ["aa"], m: ["m1", "m2"] })).toEqual([]);
  });

  it("names the unanswered, the unknown and the over-answered", () => {
    expect(
      answerProblems([single("a"), single("b"), multiple], {
        a: ["aa", "ab"],
        b: [],
        m: ["m9"],
        zz: ["x"],
      }),
    ).toEqual([
      { field: "answers.zz", code: "quiz_unknown_answer" },
      { field: "answers.a", code: "quiz_single_many_chosen" },
      { field: "answers.b", code: "quiz_unanswered" },
      { field: "answers.m", code: "quiz_unknown_answer" },
    ]);
  });

  it("refuses a choice given twice", () => {
    expect(answerProblems([multiple], { m: ["m1", "m1"] })).toEqual([
      { field: "answers.m", code: "quiz_unknown_answer" },
    ]);
  });
});

describe("scoreAttempt", () => {
  it("fails 7 of 9 at a pass mark of 78 (77.8 % is not rounded up) and passes it at 77", () => {
    const answers = answersWith(nine, 7);
    expect(scoreAttempt(nine, answers, 78)).toMatchObject({
      score: 77,
      passed: false,
      correctCount: 7,
    });
    expect(scoreAttempt(nine, answers, 77).passed).toBe(true);
  });

  it("passes exactly 80 % at a pass mark of 80, and 8 of 9 rounds its score down", () => {
    const ten = Array.from({ length: 10 }, (_, i) => single(`t${i}`));
    expect(scoreAttempt(ten, answersWith(ten, 8), 80)).toMatchObject({
      score: 80,
      passed: true,
    });
    expect(scoreAttempt(ten, answersWith(ten, 7), 80)).toMatchObject({
      score: 70,
      passed: false,
    });
    expect(scoreAttempt(nine, answersWith(nine, 8), 80)).toMatchObject({
      score: 88,
      passed: true,
    });
  });

  it("counts a multiple-choice question only when exactly its correct set is chosen", () => {
    const score = (chosen: string[]) => scoreAttempt([multiple], { m: chosen }, 100).passed;
    expect(score(["m1", "m2"])).toBe(true);
    expect(score(["m2", "m1"])).toBe(true);
    expect(score(["m1"])).toBe(false);
    expect(score(["m1", "m2", "m3"])).toBe(false);
    expect(score(["m3"])).toBe(false);
  });

  it("keeps each question's prompt and choices as asked", () => {
    const { results } = scoreAttempt([single("a"), multiple], { a: ["ab"], m: ["m1", "m2"] }, 50);
    expect(results).toEqual([
      { questionId: "a", prompt: "問a", chosen: ["ab"], correct: false },
      {
        questionId: "m",
        prompt: "当てはまるものをすべて選んでください",
        chosen: ["m1", "m2"],
        correct: true,
      },
    ]);
  });

  it("passes a course without questions by finishing the material", () => {
    expect(scoreAttempt([], {}, 80)).toEqual({
      score: 100,
      passed: true,
      correctCount: 0,
      results: [],
    });
  });

  it("passes 0 of 2 at a pass mark of 0", () => {
    const two = [single("a"), single("b")];
    expect(scoreAttempt(two, answersWith(two, 0), 0)).toMatchObject({ score: 0, passed: true });
  });
});

describe("attemptsLeft", () => {
  it("is null when unlimited, never below zero otherwise", () => {
    expect(attemptsLeft(null, 12)).toBeNull();
    expect(attemptsLeft(3, 0)).toBe(3);
    expect(attemptsLeft(3, 2)).toBe(1);
    expect(attemptsLeft(3, 3)).toBe(0);
    expect(attemptsLeft(3, 5)).toBe(0);
  });
});
