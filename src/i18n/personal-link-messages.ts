// Messages of personal links (本人用リンク). Spread into errorMessages.
import type { Text } from "./messages.ts";

export const personalLinkMessages = {
  personal_link_purpose_elsewhere: {
    ja: "教育のリンクはコースごとに発行します。教育の画面の「受講状況」で、受講の割り当てとともに発行してください。",
    en: "Training links are issued per course: issue them on the Education page (Progress tab) when assigning the course.",
  },
  person_left: {
    ja: "退職した人にはリンクを発行できません。選んだ人を確認してください。",
    en: "Links cannot be issued for people who have left. Check the people chosen.",
  },
  no_staff: {
    ja: "対象になる在籍中の従業者がいません。",
    en: "There is nobody in office to issue a link for.",
  },
} satisfies Record<string, Text>;
