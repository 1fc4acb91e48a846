// Messages of education delivery (教育の配信): assigning, links, the learner's attempts,
// withdrawing and paper completion. Spread into errorMessages.
import type { Text } from "./messages.ts";

export const educationDeliveryMessages = {
  education_person_left: {
    ja: "退職した人には受講を割り当てられません。選んだ人を確認してください。",
    en: "Courses cannot be assigned to people who have left. Check the people chosen.",
  },
  EDUCATION_COURSE_NOT_OPEN: {
    ja: "このコースは公開されていないため、割り当てや送信はできません。コースを公開してから操作してください。",
    en: "This course is not open, so it cannot be assigned or sent. Open the course first.",
  },
  EDUCATION_COURSE_CLOSED: {
    ja: "この教育の受講期間は終了しました。ご不明な点は社内の個人情報保護の担当者にお問い合わせください。",
    en: "This training is closed. If you have questions, please ask your company's privacy office.",
  },
  EDUCATION_NO_ATTEMPTS_LEFT: {
    ja: "確認テストの受験回数の上限に達しました。社内の個人情報保護の担当者にご相談ください。",
    en: "You have used all your attempts at the test. Please contact your company's privacy office.",
  },
  EDUCATION_ASSIGNMENT_COMPLETED: {
    ja: "修了済みの受講は取り消したり記録し直したりできません。",
    en: "A completed assignment cannot be withdrawn or recorded again.",
  },
  EDUCATION_ASSIGNMENT_WITHDRAWN: {
    ja: "取り消された受講です。修了を記録するには、もう一度割り当ててください。",
    en: "This assignment was withdrawn. Assign the course again to record a completion.",
  },
  education_due_past: {
    ja: "受講期限には今日以降の日付を指定してください。",
    en: "The due day must be today or later.",
  },
  education_audience_chosen: {
    ja: "このコースの対象者は個別指定です。割り当てる人を選んでください。",
    en: "This course is for chosen people. Pick the people to assign.",
  },
  education_completed_future: {
    ja: "受講日に未来の日付は指定できません。",
    en: "The completion day cannot be in the future.",
  },
  education_completed_before_assignment: {
    ja: "受講日が割り当てた日より前になっています。",
    en: "The completion day is before the course was assigned.",
  },
} satisfies Record<string, Text>;
