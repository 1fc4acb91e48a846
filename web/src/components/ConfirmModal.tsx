// Asks before a destructive action; shows the server's refusal (e.g. 409) inside the dialog.
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/notify.ts";
import { FormError } from "./FormError.tsx";

export function ConfirmModal({
  opened,
  title,
  message,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title?: string;
  message: string;
  confirmLabel?: string;
  /** Resolves when done; a rejection keeps the dialog open with the error shown. */
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
      await onConfirm();
      close();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={title ?? t("common.confirmTitle")} centered>
      <Stack>
        <Text size="sm">{message}</Text>
        <FormError message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("common.cancel")}
          </Button>
          <Button color="red" loading={busy} onClick={confirm} data-testid="confirm-button">
            {confirmLabel ?? t("common.delete")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
