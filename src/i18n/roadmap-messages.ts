// Messages of the work plan (作業計画, src/modules/roadmap). Spread into errorMessages.
import type { Text } from "./messages.ts";

export const roadmapMessages = {
  ROADMAP_NOT_EMPTY: {
    ja: "作業計画にはすでに予定か作業があります。置き換える場合は「今の予定と未完了の作業を置き換える」を選んでください。",
    en: "The work plan already has dates or tasks. Choose to replace the current dates and open tasks to start again.",
  },
  plan_start_out_of_range: {
    ja: "開始日は今日の前後5年以内にしてください。",
    en: "The start day must be within five years of today.",
  },
  plan_day_out_of_range: {
    ja: "2000年1月1日から2100年12月31日までの日付にしてください。",
    en: "Enter a day from 2000-01-01 to 2100-12-31.",
  },
  grant_before_application: {
    ja: "付与の見込み日は申請予定日より後にしてください。",
    en: "The expected grant must come after the planned application.",
  },
} satisfies Record<string, Text>;
