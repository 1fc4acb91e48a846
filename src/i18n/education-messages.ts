// Messages of education (教育): plans, courses and their quiz. The delivery (links, attempts,
// reminders) and the records (sessions, attendance, reports) keep theirs beside this file.
// Spread into errorMessages.
import type { Text } from "./messages.ts";

export const educationMessages = {
  quiz_no_correct_answer: {
    ja: "正解の選択肢がない問題があります。各問題に正解を1つ以上指定してください。",
    en: "A question has no correct answer. Mark at least one correct choice for each question.",
  },
  quiz_single_many_correct: {
    ja: "単一選択の問題に正解が複数あります。正解を1つにするか、複数選択の問題にしてください。",
    en: "A single-choice question has more than one correct answer. Keep one, or make it a multiple-choice question.",
  },
  quiz_too_few_choices: {
    ja: "選択肢は2つ以上必要です。",
    en: "A question needs at least two choices.",
  },
  quiz_duplicate_id: {
    ja: "問題または選択肢の識別子が重複しています。画面を読み込み直してから保存してください。",
    en: "Two questions or choices share an id. Reload the page and save again.",
  },
  quiz_unanswered: {
    ja: "まだ回答していない問題があります。",
    en: "Some questions have not been answered.",
  },
  quiz_unknown_answer: {
    ja: "この問題の選択肢にない回答が含まれています。画面を読み込み直してください。",
    en: "The answer includes a choice this question does not have. Reload the page.",
  },
  quiz_single_many_chosen: {
    ja: "この問題は選択肢を1つだけ選んでください。",
    en: "Choose only one answer for this question.",
  },
} satisfies Record<string, Text>;
