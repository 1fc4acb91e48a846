// 報告書・理解度: the plan's 教育実施サマリー and each course's 理解度 (filled in below).
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

export default function ReportsTab({ planId }: { orgId: string; planId: string | null }) {
  const { t } = useTranslation();
  if (!planId) return <Text c="dimmed">{t("educationReports.noPlan")}</Text>;
  return <Text c="dimmed">{t("educationReports.title")}</Text>;
}
