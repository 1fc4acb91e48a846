// The public page's own words (headings, the form, its answers), in Japanese and English: the
// page is Japanese unless the visitor's browser prefers English. The documents it shows are
// the organization's own text and stay as written.
export type PageLang = "ja" | "en";

const ja = {
  pageTitle: "個人情報の取扱いについて",
  navPolicy: "個人情報保護方針",
  navDisclosure: "保有個人データに関する公表事項",
  navInquiry: "お問い合わせ",
  established: "制定日",
  effective: "施行日",
  representative: "代表者",
  nothingPublished: "現在公開している文書はありません。",
  inquiryTitle: "お問い合わせ・苦情・開示等の請求",
  inquiryIntro:
    "当社の個人情報の取扱いについてのご質問、苦情及びご相談、保有個人データの開示等のご請求は、このフォームからお送りください。",
  required: "必須",
  category: "ご用件",
  name: "お名前",
  email: "メールアドレス",
  phone: "電話番号",
  contactHint: "ご連絡先として、メールアドレスか電話番号のどちらかをご記入ください。",
  message: "内容",
  messageHint: "4,000文字まで",
  consent: "入力した内容を、このお問い合わせへの対応のためだけに利用することに同意します。",
  consentNote:
    "お送りいただいた内容は、お問い合わせへの回答と対応の記録のためにのみ利用し、ご本人の同意なく第三者に提供することはありません。",
  honeypot: "この欄には何も入力しないでください",
  submit: "送信する",
  formErrors: "入力内容をご確認ください。",
  tokenExpired:
    "ページを開いてから時間がたったため、送信できませんでした。内容をご確認のうえ、もう一度送信してください。",
  tooFast: "送信が早すぎたため受け付けませんでした。内容をご確認のうえ、もう一度送信してください。",
  receivedTitle: "お問い合わせを受け付けました",
  receivedBody:
    "受付番号は次のとおりです。この件についてご連絡いただく際は、受付番号をお伝えください。",
  receivedNext: "内容を確認のうえ、ご記入いただいた連絡先へご連絡します。",
  back: "ページに戻る",
  notFoundTitle: "ページが見つかりません",
  notFoundBody:
    "アドレスをお確かめください。このページは公開されていないか、移動した可能性があります。",
  rejectedTitle: "送信できませんでした",
  rejectedBody: "ページを読み込み直してから、もう一度お試しください。",
  tooManyTitle: "しばらくお待ちください",
  tooManyBody: "短い時間に多くの送信がありました。時間をおいてから、もう一度お試しください。",
  tooLargeBody: "送信内容が大きすぎます。内容を短くしてから、もう一度お試しください。",
};

export type PageText = Record<keyof typeof ja, string>;

const en: PageText = {
  pageTitle: "How we handle personal information",
  navPolicy: "Privacy policy",
  navDisclosure: "Notice on retained personal data",
  navInquiry: "Contact us",
  established: "First established",
  effective: "Effective from",
  representative: "Representative",
  nothingPublished: "No document is published at the moment.",
  inquiryTitle: "Questions, complaints and requests",
  inquiryIntro:
    "Use this form for questions, complaints or consultations about how we handle personal information, and for requests concerning your retained personal data (disclosure and the like).",
  required: "Required",
  category: "Subject",
  name: "Name",
  email: "E-mail",
  phone: "Phone",
  contactHint: "Give an e-mail address or a phone number so that we can reply.",
  message: "Message",
  messageHint: "Up to 4,000 characters",
  consent: "I agree that what I enter is used only to handle this inquiry.",
  consentNote:
    "What you send is used only to answer and to keep a record of how it was handled; it is not given to third parties without your consent.",
  honeypot: "Leave this field empty",
  submit: "Send",
  formErrors: "Please check what you entered.",
  tokenExpired:
    "The page was open too long to send the form. Check what you entered and send it again.",
  tooFast: "The form was sent too quickly. Check what you entered and send it again.",
  receivedTitle: "We have received your inquiry",
  receivedBody: "Your reference number is below. Please quote it if you contact us about this.",
  receivedNext: "We will read it and reply to the contact details you gave.",
  back: "Back to the page",
  notFoundTitle: "Page not found",
  notFoundBody: "Check the address. This page is not published or has moved.",
  rejectedTitle: "Could not be sent",
  rejectedBody: "Reload the page and try again.",
  tooManyTitle: "Please wait a moment",
  tooManyBody: "Too many submissions in a short time. Please try again later.",
  tooLargeBody: "What you sent is too large. Shorten it and try again.",
};

export const PAGE_TEXT: Readonly<Record<PageLang, PageText>> = { ja, en };

/** Japanese unless the browser's first choice is English. */
export function pageLang(acceptLanguage: string | undefined): PageLang {
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "ja";
}
