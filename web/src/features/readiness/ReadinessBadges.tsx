// The status (充足 / 不足 / 対象外) and severity (申請不可 / 指摘リスク / 推奨) of a rule.
import { Badge } from "@mantine/core";
import type { ReadinessStatus, Severity } from "@src/core/readiness/rule.ts";
import { useTranslation } from "react-i18next";
import { severityColor, statusColor } from "./readiness-labels.ts";

export function StatusBadge({ status }: { status: ReadinessStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="light" data-status={status}>
      {t(`readiness.status.${status}`)}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Badge color={severityColor[severity]} variant="outline" data-severity={severity}>
      {t(`readiness.severity.${severity}`)}
    </Badge>
  );
}
