// 集合・オンライン研修: the sessions of the plan chosen on the 教育 page (filled in below).
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

export default function SessionsTab({ planId }: { orgId: string; planId: string | null }) {
  const { t } = useTranslation();
  if (!planId) return <Text c="dimmed">{t("educationSessions.noPlan")}</Text>;
  return <Text c="dimmed">{t("educationSessions.empty")}</Text>;
}
