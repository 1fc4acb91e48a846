// 「確認済みにする」: records that the chosen entries were checked against the current texts
// (amendments included) on a day, by someone: today and the signed-in user unless changed.
import { Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { DateField } from "../../components/DateField.tsx";
import { FormError } from "../../components/FormError.tsx";
import { errorMessage } from "../../lib/notify.ts";
import { errorText } from "../../lib/validation.ts";
import { useSession } from "../auth/useSession.ts";
import { todayJst } from "./legal-labels.ts";
import { legalPath } from "./useLegal.ts";

/** The API takes at most this many ids per request. */
const CHUNK = 500;

export function CheckedModal({
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
  const session = useSession();
  const [checkedOn, setCheckedOn] = useState<string | null>(null);
  const [checkedBy, setCheckedBy] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const userName = session.data?.user.name ?? "";

  useEffect(() => {
    if (!opened) return;
    setCheckedOn(todayJst());
    setCheckedBy(userName);
    setError(null);
    setFieldErrors({});
  }, [opened, userName]);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    const errors: Record<string, string> = {};
    if (!checkedOn) errors.checkedOn = errorText("required");
    if (!checkedBy.trim()) errors.checkedBy = errorText("required");
    setFieldErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    setError(null);
    try {
      let updated = 0;
      for (let i = 0; i < ids.length; i += CHUNK) {
        const res = await api.post<{ updated: number }>(legalPath(orgId, "/checked"), {
          ids: ids.slice(i, i + CHUNK),
          checkedOn,
          checkedBy: checkedBy.trim(),
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
    <Modal opened={opened} onClose={close} title={t("legal.checked.title")} centered>
      <Stack data-testid="legal-checked-modal">
        <Text size="sm" data-testid="legal-checked-message">
          {t("legal.checked.message", { count: ids.length })}
        </Text>
        <DateField
          label={t("legal.col.checkedOn")}
          required
          value={checkedOn}
          onChange={setCheckedOn}
          error={fieldErrors.checkedOn}
          data-testid="legal-checked-date"
        />
        <TextInput
          label={t("legal.col.checkedBy")}
          required
          value={checkedBy}
          maxLength={100}
          onChange={(e) => setCheckedBy(e.currentTarget.value)}
          error={fieldErrors.checkedBy}
          data-testid="legal-checked-name"
        />
        <Text size="xs" c="dimmed">
          {t("legal.checked.audit")}
        </Text>
        <FormError message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("common.cancel")}
          </Button>
          <Button loading={busy} onClick={confirm} data-testid="legal-checked-confirm">
            {t("legal.checked.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
