// The course editor's mapping by hand: existing ids go back unchanged, new rows go without
// ids, empty numbers mean "not set", and single-choice questions keep one correct answer.
import type { CourseOut } from "@src/modules/education/education.contract.ts";
import { describe, expect, it } from "vitest";
import { blankQuestion, markCorrect, moved, toCoursePatch, toCourseValues } from "./course-form.ts";

const course: CourseOut = {
  id: "c1",
  planId: "p1",
  title: "個人情報保護の基本",
  audience: "all_staff",
  audienceLabel: { ja: "全従業者", en: "All staff" },
  delivery: "e_learning",
  status: "open",
  scheduledFrom: "2026-05-01",
  scheduledTo: null,
  dueOn: "2026-06-30",
  durationMinutes: null,
  passMark: 80,
  maxAttempts: 3,
  starterKey: "pms_basics",
  copiedFromId: null,
  sectionCount: 2,
  questionCount: 1,
  assignedCount: 0,
  completedCount: 0,
  updatedAt: "2026-04-01T00:00:00.000Z",
  description: null,
  sections: [
    { id: "s1", kind: "text", title: "はじめに", body: "本文", fileId: null, url: null },
    { id: "s2", kind: "slides", title: "資料", body: null, fileId: "f1", url: null },
  ],
  questions: [
    {
      id: "q1",
      kind: "single",
      prompt: "問1",
      explanation: null,
      choices: [
        { id: "q1-1", text: "正", correct: true, explanation: "正解" },
        { id: "q1-2", text: "誤", correct: false, explanation: null },
      ],
    },
  ],
  fiscalYear: 2026,
  archivedAt: null,
  revision: 4,
  updatedByName: "山田",
  createdAt: "2026-04-01T00:00:00.000Z",
};

describe("course form", () => {
  it("sends the course back as it came, ids kept, blanks as empty text", () => {
    const patch = toCoursePatch(toCourseValues(course), 4);
    expect(patch).toEqual({
      revision: 4,
      title: "個人情報保護の基本",
      description: "",
      audience: "all_staff",
      delivery: "e_learning",
      scheduledFrom: "2026-05-01",
      scheduledTo: null,
      dueOn: "2026-06-30",
      durationMinutes: null,
      passMark: 80,
      maxAttempts: 3,
      sections: [
        { id: "s1", kind: "text", title: "はじめに", body: "本文" },
        { id: "s2", kind: "slides", title: "資料", body: "", fileId: "f1" },
      ],
      questions: [
        {
          id: "q1",
          kind: "single",
          prompt: "問1",
          explanation: "",
          choices: [
            { id: "q1-1", text: "正", correct: true, explanation: "正解" },
            { id: "q1-2", text: "誤", correct: false, explanation: "" },
          ],
        },
      ],
    });
  });

  it("sends new questions and choices without ids, and unlimited attempts as null", () => {
    const v = toCourseValues(course);
    v.maxAttempts = "";
    v.questions.push({ ...blankQuestion(), prompt: "問2" });
    const patch = toCoursePatch(v, 4);
    expect(patch.maxAttempts).toBeNull();
    expect(patch.questions?.[1]).toEqual({
      kind: "single",
      prompt: "問2",
      explanation: "",
      choices: [
        { text: "", correct: false, explanation: "" },
        { text: "", correct: false, explanation: "" },
      ],
    });
  });

  it("keeps one correct answer in a single-choice question, several in a multiple one", () => {
    const q = toCourseValues(course).questions[0];
    if (!q) throw new Error("no question");
    expect(markCorrect(q, 1, true).choices.map((c) => c.correct)).toEqual([false, true]);
    const multi = { ...q, kind: "multiple" as const };
    expect(markCorrect(multi, 1, true).choices.map((c) => c.correct)).toEqual([true, true]);
    expect(markCorrect(q, 0, false).choices.map((c) => c.correct)).toEqual([false, false]);
  });

  it("moves rows up and down within the list", () => {
    expect(moved(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moved(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});

describe("planLabel", () => {
  it("shows the title alone when it names the year, else the year in front", async () => {
    const { planLabel } = await import("./plan-form.ts");
    const withYear = (year: number, title: string) => `${year}年度　${title}`;
    expect(planLabel({ fiscalYear: 2026, title: "2026年度 教育計画" }, withYear)).toBe(
      "2026年度 教育計画",
    );
    expect(planLabel({ fiscalYear: 2026, title: "全社教育計画" }, withYear)).toBe(
      "2026年度　全社教育計画",
    );
  });
});
