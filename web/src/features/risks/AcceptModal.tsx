// Formal acceptance of a risk (受容): who accepts it and on which day.
import { Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { acceptInput } from "@src/modules/risks/risks.contract.ts";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { today } from "../../lib/format.ts";
import { errorText } from "../../lib/validation.ts";
import { useSession } from "../auth/useSession.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { LevelBadge } from "./LevelBadge.tsx";
import { type Risk, useAcceptRisk } from "./useRisks.ts";

type Values = { acceptedOn: string | null; acceptedBy: string };

const toPayload = (v: Values) => ({
  acceptedOn: v.acceptedOn ?? undefined,
  acceptedBy: v.acceptedBy.trim() || undefined,
});

export function AcceptModal({ risk, onClose }: { risk: Risk | null; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const session = useSession();
  const form = useForm<Values>({
    initialValues: { acceptedOn: today(), acceptedBy: "" },
    validate: contractResolver(acceptInput, {
      payload: toPayload,
      also: (v) => ({ acceptedOn: v.acceptedOn ? null : errorText("required") }),
    }),
  });
  const accept = useAcceptRisk(org.id, {
    form,
    notice: t("risks.accept.done"),
    onSuccess: onClose,
  });
  useFillOnOpen(
    form,
    risk,
    () => ({ acceptedOn: today(), acceptedBy: session.data?.user.name ?? "" }),
    accept.reset,
  );
  const submit = form.onSubmit((v) => {
    if (risk) void accept.run({ risk, body: toPayload(v) });
  });

  const score = risk ? (risk.residualLikelihood !== null ? risk.residual : risk.inherent) : null;
  return (
    <Modal opened={risk !== null} onClose={onClose} title={t("risks.accept.title")} centered>
      <form onSubmit={submit} noValidate>
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
            data-testid="accept-on"
            {...form.getInputProps("acceptedOn")}
          />
          <TextInput
            label={t("risks.accept.by")}
            data-testid="accept-by"
            {...form.getInputProps("acceptedBy")}
          />
          <ModalFooter
            error={accept.error}
            onCancel={onClose}
            confirmText={t("risks.accept.action")}
            confirmTestId="accept-save"
            loading={accept.busy}
            color="teal"
          />
        </Stack>
      </form>
    </Modal>
  );
}
