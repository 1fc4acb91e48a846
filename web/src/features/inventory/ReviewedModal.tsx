// 「今年度の見直し済みにする」: records today's date as the last review of the chosen rows. The
// server records who did it in the audit trail.
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { FormError } from "../../components/FormError.tsx";
import { formatDate } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { todayJst } from "./inventory-fields.ts";
import { itemsPath } from "./useInventory.ts";

/** The API takes at most this many ids per request. */
const CHUNK = 500;

export function ReviewedModal({
  orgId,
  ids,
  opened,
  onDone,
  onClose,
}: {
  orgId: string;
  ids: string[];
  opened: boolean;
  onDone: (updated: number) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const today = todayJst();

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      let updated = 0;
      for (let i = 0; i < ids.length; i += CHUNK) {
        const res = await api.post<{ updated: number }>(itemsPath(orgId, "/reviewed"), {
          ids: ids.slice(i, i + CHUNK),
          reviewedOn: today,
        });
        updated += res.updated;
      }
      await onDone(updated);
      close();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t("inventory.reviewed.title")} centered>
      <Stack>
        <Text size="sm" data-testid="bulk-reviewed-message">
          {t("inventory.reviewed.message", { count: ids.length, date: formatDate(today) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t("inventory.reviewed.audit")}
        </Text>
        <FormError message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("common.cancel")}
          </Button>
          <Button loading={busy} onClick={confirm} data-testid="bulk-reviewed-confirm">
            {t("inventory.reviewed.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
