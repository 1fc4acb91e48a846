// A record's approval: its state (承認待ち / 承認済み / 承認不要), the approve button for the
// named approver only, for records approved on paper the choice of the signed file, and
// 承認を取り消す (asked first) for whoever may take the approval back (as the server decides).
import { Badge, Button, Group, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { useSession } from "../auth/useSession.ts";
import { useAttachments } from "../files/useAttachments.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { APPROVAL_COLORS, approvalKey } from "./activity-labels.ts";
import {
  type Activity,
  useActivity,
  useApproveActivity,
  useSignedApproval,
  useWithdrawApproval,
} from "./useActivities.ts";

export function ApprovalPanel({ record: opened }: { record: Activity }) {
  const { t } = useTranslation();
  const org = useOrg();
  const session = useSession();
  const canWrite = useCan("activities.write");
  const canApprove = useCan("activities.approve");
  // The record as it is now (an approval here refreshes it), not as the dialog opened it.
  const record = useActivity(org.id, opened.id).data ?? opened;
  const [file, setFile] = useState<string | null>(null);
  const files = useAttachments(
    org.id,
    { kind: "activity_record", id: record.id },
    { q: "", page: 1 },
  );
  const approve = useApproveActivity(org.id, {
    notice: t("activities.approved"),
    errorsAs: "notice",
  });
  const signed = useSignedApproval(org.id, {
    notice: t("activities.approved"),
    errorsAs: "notice",
  });
  const [withdrawing, setWithdrawing] = useState(false);
  const withdraw = useWithdrawApproval(org.id, { notice: t("activities.withdrawn") });
  const mine = session.data?.user.id === record.approverUserId;
  const pending = record.approval === "pending";
  // The approver takes back their own approval; one on paper also a role that records them.
  const withdrawable =
    record.approval === "approved" &&
    canApprove &&
    (mine || (record.approvalVia === "signed_document" && canWrite));

  return (
    <Stack gap="xs" data-testid="activity-approval">
      <Group gap="sm">
        <Badge color={APPROVAL_COLORS[record.approval]} data-testid="activity-approval-state">
          {t(approvalKey(record.approval))}
        </Badge>
        {record.approverName && (
          <Text size="sm">{t("activities.approverIs", { name: record.approverName })}</Text>
        )}
        {record.approvedAt && (
          <Text size="sm" c="dimmed">
            {t(`activities.via.${record.approvalVia ?? "in_product"}`, {
              at: formatDateTime(record.approvedAt),
            })}
          </Text>
        )}
        {withdrawable && (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            onClick={() => setWithdrawing(true)}
            data-testid="activity-withdraw-approval"
          >
            {t("activities.withdraw")}
          </Button>
        )}
      </Group>
      <ConfirmModal
        opened={withdrawing}
        title={t("activities.withdrawTitle")}
        confirmLabel={t("activities.withdraw")}
        confirmTestId="activity-withdraw-confirm"
        testId="activity-withdraw-modal"
        onConfirm={() => withdraw.runOrThrow(record.id)}
        onClose={() => setWithdrawing(false)}
      >
        <Text size="sm">{t("activities.withdrawMessage")}</Text>
      </ConfirmModal>
      {pending && mine && canApprove && (
        <Group>
          <Button
            onClick={() => void approve.run(record.id)}
            loading={approve.busy}
            data-testid="activity-approve"
          >
            {t("activities.approve")}
          </Button>
          <Text size="xs" c="dimmed">
            {t("activities.approveHint")}
          </Text>
        </Group>
      )}
      {pending && !mine && (
        <Text size="sm" c="dimmed">
          {t("activities.onlyApprover", { name: record.approverName ?? "" })}
        </Text>
      )}
      {pending && canWrite && (files.data?.items.length ?? 0) > 0 && (
        <Group align="flex-end">
          <Select
            label={t("activities.signedDocument")}
            data={(files.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }))}
            value={file}
            onChange={setFile}
            w={280}
            data-testid="activity-signed-file"
          />
          <Button
            variant="light"
            disabled={!file}
            loading={signed.busy}
            onClick={() => file && void signed.run({ id: record.id, attachmentId: file })}
            data-testid="activity-signed-approve"
          >
            {t("activities.recordSigned")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
