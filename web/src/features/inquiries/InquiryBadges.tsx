// An inquiry's status and category as badges, the same in the list and the dialog.
import { Badge } from "@mantine/core";
import type { InquiryCategory, InquiryStatus } from "@src/core/inquiries/categories.ts";
import { useTranslation } from "react-i18next";

const STATUS_COLORS: Readonly<Record<InquiryStatus, string>> = {
  new: "red",
  in_progress: "yellow",
  closed: "teal",
};
const CATEGORY_COLORS: Readonly<Record<InquiryCategory, string>> = {
  question: "blue",
  complaint: "orange",
  disclosure_request: "grape",
  other: "gray",
};

export function InquiryStatusBadge({ status }: { status: InquiryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} data-testid="inquiry-status">
      {t(`inquiries.status.${status}`)}
    </Badge>
  );
}

export function InquiryCategoryBadge({ category }: { category: InquiryCategory }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={CATEGORY_COLORS[category]} data-testid="inquiry-category">
      {t(`inquiries.category.${category}`)}
    </Badge>
  );
}
