// Public API of the inquiries capability (お問い合わせ): other capabilities import only this
// file. The public page stores what its form receives through receiveInquiry.
export {
  INQUIRY_MESSAGE_MAX,
  type InquiryFormInput,
  inquiryFormInput,
} from "./inquiries.contract.ts";
export { INQUIRY_ENTITY, publicFormActor, receiveInquiry } from "./inquiries.service.ts";
export { inquiry } from "./inquiries.tables.ts";
