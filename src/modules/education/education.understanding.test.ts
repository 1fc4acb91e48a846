// 理解度 over first attempts, the expected rates written by hand: per question answered,
// correct and rate (rounded down), choice counts and the wrong answer chosen most, the
// weakest questions (ties in course order) and the departments behind them.
import { describe, expect, it } from "vitest";
import type { QuizQuestion } from "../../core/education/index.ts";
import { understandingOf } from "./education.understanding.ts";

const questions: QuizQuestion[] = [
  {
    id: "q1",
    kind: "single",
    prompt: "要配慮個人情報に当たるものは？",
    choices: [
      { id: "a", text: "病歴", correct: true },
      { id: "b", text: "氏名", correct: false },
      { id: "c", text: "住所", correct: false },
    ],
  },
  {
    id: "q2",
    kind: "multiple",
    prompt: "事故のときに連絡する相手は？（すべて）",
    choices: [
      { id: "x", text: "上長", correct: true },
      { id: "y", text: "個人情報保護管理者", correct: true },
      { id: "z", text: "取引先", correct: false },
    ],
  },
  {
    id: "q3",
    kind: "single",
    prompt: "廃棄の方法は？",
    choices: [
      { id: "c1", text: "シュレッダー", correct: true },
      { id: "c2", text: "ごみ箱", correct: false },
    ],
  },
];

const r = (questionId: string, chosen: string[], correct: boolean) => ({
  questionId,
  prompt: questionId,
  chosen,
  correct,
});

describe("understandingOf", () => {
  // A (営業部): q1 right, q2 right, q3 wrong (ごみ箱)
  // B (営業部): q1 wrong (氏名), q2 half (上長 only: wrong), q3 wrong (ごみ箱)
  // C (総務部): everything right
  const firsts = [
    {
      departmentName: "営業部",
      results: [r("q1", ["a"], true), r("q2", ["x", "y"], true), r("q3", ["c2"], false)],
    },
    {
      departmentName: "営業部",
      results: [r("q1", ["b"], false), r("q2", ["x"], false), r("q3", ["c2"], false)],
    },
    {
      departmentName: "総務部",
      results: [r("q1", ["a"], true), r("q2", ["x", "y"], true), r("q3", ["c1"], true)],
    },
  ];
  const u = understandingOf(questions, firsts);

  it("counts answers, correct answers and rates per question", () => {
    expect(u.people).toBe(3);
    expect(u.questions.map((q) => [q.questionId, q.answered, q.correct, q.rate])).toEqual([
      ["q1", 3, 2, 66.6],
      ["q2", 3, 2, 66.6],
      ["q3", 3, 1, 33.3],
    ]);
  });

  it("counts each choice and names the wrong answer chosen most", () => {
    const [q1, q2, q3] = u.questions;
    expect(q1?.choices.map((c) => c.count)).toEqual([2, 1, 0]);
    expect(q1?.topWrongChoiceId).toBe("b");
    // B chose only a correct choice (incomplete): no wrong choice was chosen.
    expect(q2?.choices.map((c) => c.count)).toEqual([3, 2, 0]);
    expect(q2?.topWrongChoiceId).toBeNull();
    expect(q3?.topWrongChoiceId).toBe("c2");
  });

  it("lists the weakest questions and their departments, lowest first", () => {
    expect(u.weakest).toEqual(["q3", "q1", "q2"]);
    expect(u.questions[2]?.departments).toEqual([
      { departmentName: "営業部", answered: 2, correct: 0, rate: 0 },
      { departmentName: "総務部", answered: 1, correct: 1, rate: 100 },
    ]);
  });

  it("shows a question nobody answered without a rate, and never among the weakest", () => {
    const added: QuizQuestion = { ...questions[0], id: "q4" } as QuizQuestion;
    const v = understandingOf([...questions, added], firsts);
    expect(v.questions[3]).toMatchObject({ answered: 0, correct: 0, rate: null, departments: [] });
    expect(v.weakest).not.toContain("q4");
  });
});
