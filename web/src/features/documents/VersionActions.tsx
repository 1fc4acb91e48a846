// The buttons that move a version along: 承認を依頼 (naming the approver; the member appointed
// to the approver role is suggested first), 差し戻す, 承認する (the named approver only),
// 公開（施行）with its 施行日, and 新しい版を作成 once nothing is open.
import { Button, Group, Select, Text, TextInput } from "@mantine/core";
import { can } from "@src/core/access/permissions.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { DateField } from "../../components/DateField.tsx";
import { today } from "../../lib/format.ts";
import { useSession } from "../auth/useSession.ts";
import { useMembers } from "../members/useMembers.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { approverOptions } from "./document-labels.ts";
import {
  type DocumentOut,
  useMoveVersion,
  useNewVersion,
  type VersionMove,
  type VersionOut,
} from "./useDocuments.ts";

type Asking = VersionMove | "new" | null;

export function VersionActions({
  doc,
  version,
  onOpened,
}: {
  doc: DocumentOut;
  version: VersionOut;
  /** A new version was opened: show it. */
  onOpened: (versionId: string) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const session = useSession();
  const writable = useCan("documents.write") && !doc.archivedAt;
  const [asking, setAsking] = useState<Asking>(null);
  const [approver, setApprover] = useState<string | null>(null);
  const [effectiveOn, setEffectiveOn] = useState<string | null>(null);
  const [changeNote, setChangeNote] = useState("");
  const members = useMembers(org.id);
  const move = useMoveVersion(org.id, doc.id, { notice: t("documents.moved") });
  const open = useNewVersion(org.id, doc.id, {
    notice: t("documents.newVersionOpened"),
    onSuccess: (out) => onOpened(out.id),
  });
  const mine = session.data?.user.id === version.approverUserId;
  const candidates = approverOptions(
    (members.data?.items ?? []).filter((m) => can(m.role, "documents.approve")),
    doc.suggestedApprover,
  );

  function ask(what: Asking) {
    setApprover(doc.suggestedApprover?.userId ?? version.approverUserId ?? null);
    setEffectiveOn(today());
    setChangeNote("");
    setAsking(what);
  }
  const run = (m: VersionMove, body?: Record<string, unknown>) =>
    move.runOrThrow({ vid: version.id, move: m, body });

  return (
    <Group gap="xs">
      {version.status === "draft" && writable && (
        <Button size="xs" onClick={() => ask("submit")} data-testid="doc-submit">
          {t("documents.actions.submit")}
        </Button>
      )}
      {version.status === "in_review" && (
        <>
          {version.approverName && (
            <Text size="xs" c="dimmed">
              {t("documents.approverIs", { name: version.approverName })}
            </Text>
          )}
          {mine && (
            <Button size="xs" color="teal" onClick={() => ask("approve")} data-testid="doc-approve">
              {t("documents.actions.approve")}
            </Button>
          )}
          {(writable || mine) && (
            <Button
              size="xs"
              variant="default"
              onClick={() => ask("send-back")}
              data-testid="doc-send-back"
            >
              {t("documents.actions.sendBack")}
            </Button>
          )}
        </>
      )}
      {version.status === "approved" && writable && (
        <Button size="xs" color="teal" onClick={() => ask("publish")} data-testid="doc-publish">
          {t("documents.actions.publish")}
        </Button>
      )}
      {writable && !doc.openVersionId && (
        <Button size="xs" variant="light" onClick={() => ask("new")} data-testid="doc-new-version">
          {t("documents.actions.newVersion")}
        </Button>
      )}

      <ConfirmModal
        opened={asking === "submit"}
        danger={false}
        title={t("documents.actions.submit")}
        confirmLabel={t("documents.actions.submit")}
        confirmTestId="doc-submit-confirm"
        onConfirm={async () => (approver ? run("submit", { approverUserId: approver }) : false)}
        onClose={() => setAsking(null)}
      >
        <Select
          label={t("documents.approver")}
          description={t("documents.approverHint")}
          data={candidates}
          value={approver}
          onChange={setApprover}
          searchable
          allowDeselect={false}
          data-testid="doc-approver"
        />
      </ConfirmModal>
      <ConfirmModal
        opened={asking === "approve"}
        danger={false}
        title={t("documents.actions.approve")}
        message={t("documents.approveMessage", { no: version.versionNo, title: doc.title })}
        confirmLabel={t("documents.actions.approve")}
        confirmTestId="doc-approve-confirm"
        onConfirm={() => run("approve")}
        onClose={() => setAsking(null)}
      />
      <ConfirmModal
        opened={asking === "send-back"}
        danger={false}
        title={t("documents.actions.sendBack")}
        message={t("documents.sendBackMessage")}
        confirmLabel={t("documents.actions.sendBack")}
        confirmTestId="doc-send-back-confirm"
        onConfirm={() => run("send-back")}
        onClose={() => setAsking(null)}
      />
      <ConfirmModal
        opened={asking === "publish"}
        danger={false}
        title={t("documents.actions.publish")}
        message={t("documents.publishMessage")}
        confirmLabel={t("documents.actions.publish")}
        confirmTestId="doc-publish-confirm"
        onConfirm={() => run("publish", { effectiveOn })}
        onClose={() => setAsking(null)}
      >
        <DateField
          label={t("documents.effectiveOn")}
          value={effectiveOn}
          onChange={setEffectiveOn}
          data-testid="doc-effective-on"
        />
      </ConfirmModal>
      <ConfirmModal
        opened={asking === "new"}
        danger={false}
        title={t("documents.actions.newVersion")}
        message={t("documents.newVersionMessage")}
        confirmLabel={t("documents.actions.newVersion")}
        confirmTestId="doc-new-version-confirm"
        onConfirm={() => open.runOrThrow({ changeNote: changeNote.trim() || null })}
        onClose={() => setAsking(null)}
      >
        <TextInput
          label={t("documents.changeNote")}
          placeholder={t("documents.changeNotePlaceholder")}
          value={changeNote}
          onChange={(e) => setChangeNote(e.currentTarget.value)}
          data-testid="doc-new-version-note"
        />
      </ConfirmModal>
    </Group>
  );
}
