// The course editor's form values and the request made from them. Items the server already
// knows keep their ids (attempts and the 理解度 report refer to them); new items go without one
// and the server gives it. `key` is only React's handle for a row, never sent.
import type { CourseOut, CoursePatch } from "@src/modules/education/education.contract.ts";

export type SectionKind = "text" | "image" | "slides" | "video";

export interface SectionValues {
  key: string;
  id?: string;
  kind: SectionKind;
  title: string;
  body: string;
  fileId: string | null;
  url: string;
}

export interface ChoiceValues {
  key: string;
  id?: string;
  text: string;
  correct: boolean;
  explanation: string;
}

export interface QuestionValues {
  key: string;
  id?: string;
  kind: "single" | "multiple";
  prompt: string;
  explanation: string;
  choices: ChoiceValues[];
}

export interface CourseValues {
  title: string;
  description: string;
  audience: string;
  delivery: string;
  scheduledFrom: string | null;
  scheduledTo: string | null;
  dueOn: string | null;
  /** "" when not set. */
  durationMinutes: number | "";
  passMark: number;
  /** "" for unlimited. */
  maxAttempts: number | "";
  sections: SectionValues[];
  questions: QuestionValues[];
}

let counter = 0;
/** A row handle unique in this page (new rows have no id yet). */
export const newKey = () => `new-${++counter}`;

export function toCourseValues(c: CourseOut): CourseValues {
  return {
    title: c.title,
    description: c.description ?? "",
    audience: c.audience,
    delivery: c.delivery,
    scheduledFrom: c.scheduledFrom,
    scheduledTo: c.scheduledTo,
    dueOn: c.dueOn,
    durationMinutes: c.durationMinutes ?? "",
    passMark: c.passMark,
    maxAttempts: c.maxAttempts ?? "",
    sections: c.sections.map((s) => ({
      key: s.id,
      id: s.id,
      kind: s.kind as SectionKind,
      title: s.title,
      body: s.body ?? "",
      fileId: s.fileId,
      url: s.url ?? "",
    })),
    questions: c.questions.map((q) => ({
      key: q.id,
      id: q.id,
      kind: q.kind === "multiple" ? "multiple" : "single",
      prompt: q.prompt,
      explanation: q.explanation ?? "",
      choices: q.choices.map((ch) => ({
        key: ch.id,
        id: ch.id,
        text: ch.text,
        correct: ch.correct,
        explanation: ch.explanation ?? "",
      })),
    })),
  };
}

const withId = (id: string | undefined) => (id ? { id } : {});

/** The whole course as one save (material and quiz whole), based on `revision`. */
export function toCoursePatch(v: CourseValues, revision: number): CoursePatch {
  return {
    revision,
    title: v.title,
    description: v.description,
    audience: v.audience as CoursePatch["audience"],
    delivery: v.delivery as CoursePatch["delivery"],
    scheduledFrom: v.scheduledFrom,
    scheduledTo: v.scheduledTo,
    dueOn: v.dueOn,
    durationMinutes: v.durationMinutes === "" ? null : v.durationMinutes,
    passMark: v.passMark,
    maxAttempts: v.maxAttempts === "" ? null : v.maxAttempts,
    sections: v.sections.map((s) => ({
      ...withId(s.id),
      kind: s.kind,
      title: s.title,
      body: s.body,
      ...(s.kind === "image" || s.kind === "slides" ? { fileId: s.fileId } : {}),
      ...(s.kind === "video" ? { url: s.url } : {}),
    })),
    questions: v.questions.map((q) => ({
      ...withId(q.id),
      kind: q.kind,
      prompt: q.prompt,
      explanation: q.explanation,
      choices: q.choices.map((c) => ({
        ...withId(c.id),
        text: c.text,
        correct: c.correct,
        explanation: c.explanation,
      })),
    })),
  };
}

export const blankSection = (kind: SectionKind = "text"): SectionValues => ({
  key: newKey(),
  kind,
  title: "",
  body: "",
  fileId: null,
  url: "",
});

export const blankChoice = (): ChoiceValues => ({
  key: newKey(),
  text: "",
  correct: false,
  explanation: "",
});

/** A new single-choice question with two empty choices. */
export const blankQuestion = (): QuestionValues => ({
  key: newKey(),
  kind: "single",
  prompt: "",
  explanation: "",
  choices: [blankChoice(), blankChoice()],
});

/**
 * Marks a choice correct or not. In a single-choice question marking one clears the others,
 * so the form cannot hold two correct answers there.
 */
export function markCorrect(q: QuestionValues, index: number, correct: boolean): QuestionValues {
  return {
    ...q,
    choices: q.choices.map((c, i) =>
      i === index
        ? { ...c, correct }
        : q.kind === "single" && correct
          ? { ...c, correct: false }
          : c,
    ),
  };
}

/** Moves an item of a list up (-1) or down (+1); out of range leaves it. */
export function moved<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as T);
  return out;
}
