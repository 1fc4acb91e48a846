// Home's reminder of the records waiting for the signed-in user's approval: 「承認待ちが N 件
// あります」 with a link to 承認待ち, shown only when there are some (one count, limit 1).
import { Alert, Anchor, Text } from "@mantine/core";
import { IconSignature } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { useAwaitingApprovals } from "./useActivities.ts";

export function AwaitingApprovalBox() {
  const { t } = useTranslation();
  const org = useOrg();
  const approver = useCan("activities.approve");
  const waiting = useAwaitingApprovals(org.id, { limit: 1 }, approver);
  const n = waiting.data?.total ?? 0;
  if (!approver || n === 0) return null;
  return (
    <Alert color="orange" icon={<IconSignature size={18} />} mb="md" data-testid="awaiting-box">
      <Text size="sm">
        {t("activities.awaiting.box", { n })}{" "}
        <Anchor
          component={Link}
          to={`/orgs/${org.id}/approvals`}
          size="sm"
          data-testid="awaiting-box-link"
        >
          {t("activities.awaiting.boxLink")}
        </Anchor>
      </Text>
    </Alert>
  );
}
