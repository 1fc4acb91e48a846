// The notification the PMS office gets when an inquiry arrives. Its payload holds the 受付番号
// and the category only: notifications are listed, mailed and backed up, and the sender's name,
// contact data and message stay in the inquiry itself.
import { categoryLabel } from "../../core/inquiries/categories.ts";
import { defineNotificationKind } from "../notifications/index.ts";

export type InquiryReceivedPayload = { inquiryId: string; referenceNo: string; category: string };

export const inquiryReceived = defineNotificationKind<InquiryReceivedPayload>({
  id: "inquiry.received",
  title: (lang, p) =>
    lang === "ja"
      ? `公開ページから${categoryLabel(p.category, "ja")}が届きました`
      : `New on the public page: ${categoryLabel(p.category, "en")}`,
  body: (lang, p) =>
    lang === "ja"
      ? `受付番号 ${p.referenceNo}。内容を確認し、対応の状況を記録してください。`
      : `Reference ${p.referenceNo}. Read it and record how it is handled.`,
  link: (p) => `inquiries?open=${encodeURIComponent(p.inquiryId)}`,
});
