// Formal acceptance of a risk (受容): who accepts it and on which day.
import { Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { today } from "../../lib/format.ts";
import { errorMessage, notifySuccess, serverFieldErrors } from "../../lib/notify.ts";
import { errorText } from "../../lib/validation.ts";
import { useSession } from "../auth/useSession.ts";
import { orgKey, useOrg } from "../orgs/OrgContext.tsx";
import { LevelBadge } from "./LevelBadge.tsx";
import { type Risk, risksPath } from "./useRisks.ts";

export function AcceptModal({ risk, onClose }: { risk: Risk | null; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const session = useSession();
  const queryClient = useQueryClient();
  const [on, setOn] = useState<string | null>(today());
  const [by, setBy] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when another row opens
  useEffect(() => {
    if (!risk) return;
    setOn(today());
    setBy(session.data?.user.name ?? "");
    setErrors({});
    setError(null);
  }, [risk]);

  async function accept() {
    if (!risk) return;
    if (!on) {
      setErrors({ acceptedOn: errorText("required") });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.post(risksPath(org.id, `/${risk.id}/accept`), {
        acceptedOn: on,
        acceptedBy: by.trim() || undefined,
      });
      notifySuccess(t("risks.accept.done"));
      await queryClient.invalidateQueries({ queryKey: orgKey(org.id) });
      onClose();
    } catch (err) {
      setErrors(serverFieldErrors(err));
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const score = risk ? (risk.residualLikelihood !== null ? risk.residual : risk.inherent) : null;
  return (
    <Modal opened={risk !== null} onClose={onClose} title={t("risks.accept.title")} centered>
      <Stack data-testid="accept-modal">
        <Text size="sm">{risk?.description}</Text>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t(risk?.residualLikelihood !== null ? "risks.residual" : "risks.inherent")}
          </Text>
          <LevelBadge score={score} />
        </Group>
        <Text size="xs" c="dimmed">
          {t("risks.accept.hint")}
        </Text>
        <DateField
          label={t("risks.accept.on")}
          required
          value={on}
          onChange={setOn}
          error={errors.acceptedOn}
          data-testid="accept-on"
        />
        <TextInput
          label={t("risks.accept.by")}
          value={by}
          onChange={(e) => setBy(e.currentTarget.value)}
          error={errors.acceptedBy}
          data-testid="accept-by"
        />
        <ModalFooter
          error={error}
          onCancel={onClose}
          confirmText={t("risks.accept.action")}
          confirmTestId="accept-save"
          loading={busy}
          onConfirm={accept}
          color="teal"
        />
      </Stack>
    </Modal>
  );
}
