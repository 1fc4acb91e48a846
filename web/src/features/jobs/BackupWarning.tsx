// Home's warning when the embedded database's automatic backup failed or is older than two
// days (the embedded database does not fsync: a power loss can lose the latest changes).
import { Alert, Anchor } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../lib/format.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { useBackupStatus } from "./useJobs.ts";

export function BackupWarning() {
  const { t } = useTranslation();
  const org = useOrg();
  const allowed = useCan("jobs.read");
  const status = useBackupStatus(org.id, allowed);
  const state = status.data?.state;
  if (state !== "failed" && state !== "stale") return null;
  const last = status.data?.lastSucceededAt;
  return (
    <Alert
      color={state === "failed" ? "red" : "yellow"}
      icon={<IconAlertTriangle />}
      title={t(`jobs.backupWarning.${state}`)}
      mb="md"
      data-testid="backup-warning"
      data-state={state}
    >
      {last
        ? t("jobs.backupWarning.last", { at: formatDateTime(last) })
        : t("jobs.backupWarning.never")}{" "}
      <Anchor component={Link} to={`/orgs/${org.id}/jobs`}>
        {t("jobs.backupWarning.open")}
      </Anchor>
    </Alert>
  );
}
