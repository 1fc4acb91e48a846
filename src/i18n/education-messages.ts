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
  // Plans and courses (education.plans.ts, education.courses.ts).
  EDUCATION_PLAN_EXISTS: {
    ja: "{year}年度の教育計画はすでにあります。一覧からその計画を開いてください。",
    en: "A plan for fiscal year {year} already exists. Open it from the list.",
  },
  EDUCATION_SAVE_CONFLICT: {
    ja: "ほかの人が先に保存しました。画面を読み込み直し、変更を確かめてからもう一度保存してください。",
    en: "Someone else saved first. Reload, check their changes and save again.",
  },
  EDUCATION_PLAN_IN_USE: {
    ja: "この計画のコースはすでに受講者に割り当てられているため、削除できません。不要なコースはアーカイブしてください。",
    en: "Courses of this plan have been assigned, so it cannot be deleted. Archive the courses no longer needed instead.",
  },
  EDUCATION_PLAN_ALREADY_APPROVED: {
    ja: "この教育計画はすでに承認されています。",
    en: "This education plan is already approved.",
  },
  EDUCATION_PLAN_NO_COURSES: {
    ja: "コースが1つもない計画は承認できません。先にコースを追加してください。",
    en: "A plan without courses cannot be approved. Add a course first.",
  },
  EDUCATION_COURSE_IN_USE: {
    ja: "このコースはすでに受講者に割り当てられているため、削除できません。代わりにアーカイブしてください（受講記録は残ります）。",
    en: "This course has been assigned, so it cannot be deleted. Archive it instead (its records stay).",
  },
  EDUCATION_COURSE_ARCHIVED: {
    ja: "アーカイブ済みのコースは編集できません。編集するには先に元に戻してください。",
    en: "An archived course cannot be edited. Restore it first.",
  },
  EDUCATION_COURSE_WRONG_STATUS: {
    ja: "このコースの今の状態では、その操作はできません。画面を読み込み直してください。",
    en: "The course's current state does not allow this. Reload the page.",
  },
  education_end_before_start: {
    ja: "終了日は開始日以降の日付にしてください。",
    en: "The end must not be before the start.",
  },
  education_responsible_unknown: {
    ja: "従業者名簿にない人が指定されています。名簿から選んでください。",
    en: "This person is not in the staff list. Choose someone from the list.",
  },
  education_plan_unknown: {
    ja: "コピー先の教育計画が見つかりません。一覧から選んでください。",
    en: "The plan to copy to was not found. Choose one from the list.",
  },
  education_video_url_https: {
    ja: "動画のURLは https:// で始まるアドレスにしてください。",
    en: "Use a video address starting with https://.",
  },
  education_course_needs_section: {
    ja: "教材が1つもありません。受講を始めるには教材を1つ以上追加してください。",
    en: "The course has no material. Add at least one section before opening it.",
  },
  education_section_file_missing: {
    ja: "画像・スライドのファイルが選ばれていません。ファイルをアップロードして選んでください。",
    en: "No file is chosen for this image or slides section. Upload one and choose it.",
  },
  education_section_file_unknown: {
    ja: "このコースに添付されていないファイルです。このコースにアップロードしたファイルを選んでください。",
    en: "This file is not attached to this course. Choose a file uploaded to this course.",
  },
  education_reapproval_needed: {
    ja: "承認済みの計画を変更したため、下書きに戻りました。再承認が必要です。",
    en: "The approved plan was changed and is back to draft. It needs approval again.",
  },
} satisfies Record<string, Text>;
