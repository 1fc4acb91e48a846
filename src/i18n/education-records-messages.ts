// Messages of the education records (教育の記録): classroom and remote sessions, their
// attendance, follow-ups, reports and certificates. Spread into errorMessages.
import type { Text } from "./messages.ts";

export const educationRecordMessages = {
  EDUCATION_SESSION_NOT_HELD_YET: {
    ja: "実施日がまだ来ていない研修には出欠を記録できません。実施日の後に入力してください。",
    en: "Attendance can be entered only once the session's day has come.",
  },
  EDUCATION_SESSION_HAS_ATTENDANCE: {
    ja: "出欠を記録済みの研修は削除できません。記録を残すため、内容を修正してください。",
    en: "A session with attendance on record cannot be deleted. Edit it instead, so the record stays.",
  },
  EDUCATION_SESSION_RECORDED: {
    ja: "出欠を記録済みの研修は、実施日と形式（集合・オンライン）を変更できません。修了日がこの記録に基づいているためです。",
    en: "Once attendance is recorded, the session's day and kind cannot change: completions are dated by them.",
  },
  EDUCATION_NOT_COMPLETED: {
    ja: "この受講はまだ修了していないため、修了証を発行できません。",
    en: "This assignment is not completed yet, so there is no certificate.",
  },
  education_time: {
    ja: "時刻は「09:30」のように24時間制で入力してください。",
    en: "Enter the time as HH:MM on a 24-hour clock (09:30).",
  },
  education_ends_before_starts: {
    ja: "終了時刻は開始時刻より後にしてください。",
    en: "The end time must be after the start time.",
  },
  education_https_only: {
    ja: "会議のURLは https:// で始まるものを入力してください。",
    en: "Use a meeting address starting with https://.",
  },
  education_not_assignee: {
    ja: "このコースの受講者ではありません。先にコースに割り当ててください。",
    en: "This person is not assigned this course. Assign the course to them first.",
  },
  education_duplicate_person: {
    ja: "同じ人が2回含まれています。",
    en: "The same person appears twice.",
  },
} satisfies Record<string, Text>;
