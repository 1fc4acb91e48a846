// Asks before an action (by default a deletion); shows the server's refusal (e.g. 409) inside
// the dialog.
import { Modal, Stack, Text } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/notify.ts";
import { ModalFooter } from "./ModalFooter.tsx";

export function ConfirmModal({
  opened,
  title,
  message,
  confirmLabel,
  confirmTestId = "confirm-button",
  danger = true,
  testId,
  children,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title?: string;
  message?: string;
  confirmLabel?: string;
  confirmTestId?: string;
  /** A red button (the default), for what cannot be undone. */
  danger?: boolean;
  testId?: string;
  /** Shown under the message: more text, or fields the action takes. */
  children?: ReactNode;
  /**
   * Resolves when done; `false` keeps the dialog open (its fields show why), a rejection keeps
   * it open with the error shown.
   */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      if ((await onConfirm()) !== false) close();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={title ?? t("common.confirmTitle")} centered>
      <Stack data-testid={testId}>
        {message && <Text size="sm">{message}</Text>}
        {children}
        <ModalFooter
          error={error}
          onCancel={close}
          confirmText={confirmLabel ?? t("common.delete")}
          confirmTestId={confirmTestId}
          loading={busy}
          onConfirm={confirm}
          color={danger ? "red" : undefined}
        />
      </Stack>
    </Modal>
  );
}
