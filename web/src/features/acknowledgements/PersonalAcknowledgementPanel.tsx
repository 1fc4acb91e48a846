// The person's page for purposes "policy" (周知) and "pledge" (誓約), on a phone as often as not:
// the documents waiting for them, then one to read (its text as plain React elements, fields
// filled with the values frozen at approval) with 確認しました, or the pledge with their name
// and the date. Done ones stay listed with their dates.
import { Alert, Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { signInput } from "@src/modules/documents/documents.acknowledgements.contract.ts";
import { IconArrowLeft, IconCircleCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormError } from "../../components/FormError.tsx";
import { currentLanguage } from "../../i18n/index.ts";
import { contractResolver } from "../../lib/form.ts";
import { formatDate, formatDateTime, today } from "../../lib/format.ts";
import { DocumentTextView } from "../documents/DocumentTextView.tsx";
import type { PurposePanelProps } from "../personal-links/public/purpose-panels.tsx";
import { nameMatches } from "./ack-labels.ts";
import {
  type PersonalAckDetail,
  type PersonalAckOut,
  useConfirmMine,
  useMyDocument,
  useMyDocuments,
  useSignMine,
} from "./useAcknowledgements.ts";

function DoneLine({ item }: { item: PersonalAckOut }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} c="green" wrap="nowrap" data-testid="pack-done">
      <IconCircleCheck size={18} />
      <Text size="sm">
        {item.kind === "pledge"
          ? t("personalAck.signedAt", {
              day: formatDate(item.signedOn),
              name: item.typedName ?? "",
            })
          : t("personalAck.confirmedAt", { at: formatDateTime(item.acknowledgedAt) })}
      </Text>
    </Group>
  );
}

function ListView({
  items,
  pledge,
  onOpen,
}: {
  items: PersonalAckOut[];
  pledge: boolean;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const waiting = items.filter((i) => i.state !== "done");
  const done = items.filter((i) => i.state === "done");
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="pack-empty">
        {t("personalAck.empty")}
      </Text>
    );
  const card = (item: PersonalAckOut) => (
    <Card key={item.id} withBorder radius="md" padding="md" data-testid="pack-item">
      <Text fw={600} data-testid="pack-item-title">
        {item.number} {item.title}
      </Text>
      <Text size="xs" c="dimmed">
        {t("personalAck.version", { no: item.versionNo })}
        {item.dueOn &&
          item.state === "pending" &&
          ` ・ ${t("personalAck.due", { day: formatDate(item.dueOn) })}`}
      </Text>
      {item.state === "done" && <DoneLine item={item} />}
      {item.state === "superseded" && (
        <Text size="sm" c="dimmed" mt={4}>
          {t("personalAck.superseded")}
        </Text>
      )}
      <Button
        mt="sm"
        fullWidth
        variant={item.state === "pending" ? "filled" : "default"}
        onClick={() => onOpen(item.id)}
        data-testid="pack-open"
      >
        {t("personalAck.open")}
      </Button>
    </Card>
  );
  return (
    <Stack gap="md">
      {waiting.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t(pledge ? "personalAck.waitingPledge" : "personalAck.waiting")}
          </Title>
          {waiting.map(card)}
        </Stack>
      )}
      {waiting.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="pack-empty">
          {t("personalAck.empty")}
        </Text>
      )}
      {done.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t(pledge ? "personalAck.donePledge" : "personalAck.done")}
          </Title>
          {done.map(card)}
        </Stack>
      )}
    </Stack>
  );
}

function ConfirmBox({ token, doc }: { token: string; doc: PersonalAckDetail }) {
  const { t } = useTranslation();
  const confirm = useConfirmMine(token, { notice: t("personalAck.confirmed") });
  return (
    <Stack gap="xs">
      <Text size="sm">{t("personalAck.confirmNote")}</Text>
      <FormError message={confirm.error} />
      <Button
        size="lg"
        fullWidth
        loading={confirm.busy}
        onClick={() => void confirm.run(doc.id)}
        data-testid="pack-confirm"
      >
        {t("personalAck.confirm")}
      </Button>
    </Stack>
  );
}

function SignBox({ token, doc, name }: { token: string; doc: PersonalAckDetail; name: string }) {
  const { t } = useTranslation();
  const form = useForm<{ typedName: string; signedOn: string | null }>({
    initialValues: { typedName: "", signedOn: today() },
    validate: contractResolver(signInput, {
      payload: (v) => ({ typedName: v.typedName, signedOn: v.signedOn ?? "" }),
      also: (v) =>
        v.typedName.trim() && !nameMatches(v.typedName, name)
          ? { typedName: t("personalAck.nameMismatch") }
          : {},
    }),
  });
  const sign = useSignMine(token, { form, notice: t("personalAck.signed") });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        sign.run({ ackId: doc.id, typedName: v.typedName, signedOn: v.signedOn ?? "" }),
      )}
    >
      <Stack gap="sm">
        <Text size="sm" fw={500}>
          {t("personalAck.pledgeNote")}
        </Text>
        <TextInput
          size="md"
          label={t("personalAck.typedName")}
          description={t("personalAck.typedNameHelp", { name })}
          autoComplete="name"
          required
          data-testid="pack-typed-name"
          {...form.getInputProps("typedName")}
        />
        <DateField
          size="md"
          label={t("personalAck.signedOn")}
          required
          maxDate={today()}
          data-testid="pack-signed-on"
          {...form.getInputProps("signedOn")}
        />
        <FormError message={sign.error} />
        <Button type="submit" size="lg" fullWidth loading={sign.busy} data-testid="pack-sign">
          {t("personalAck.sign")}
        </Button>
      </Stack>
    </form>
  );
}

function ReadingView({
  token,
  ackId,
  personName,
  onBack,
}: {
  token: string;
  ackId: string;
  personName: string;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const one = useMyDocument(token, ackId);
  const list = useMyDocuments(token);
  // The list is refreshed by the confirmation: its state is the current one.
  const item = list.data?.items.find((i) => i.id === ackId);
  const doc = one.data;
  const state = item?.state ?? doc?.state;
  return (
    <Stack gap="md" data-testid="pack-reading">
      <Anchor component="button" size="sm" onClick={onBack} data-testid="pack-back">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t("personalAck.back")}
        </Group>
      </Anchor>
      {one.isError && <Alert color="red">{t("personalLinkPage.invalid.title")}</Alert>}
      {doc && (
        <>
          <Stack gap={2}>
            <Title order={2} size="h3" data-testid="pack-title">
              {doc.number} {doc.title}
            </Title>
            <Text size="xs" c="dimmed">
              {t("personalAck.version", { no: doc.versionNo })}
              {doc.effectiveOn &&
                ` ・ ${t("personalAck.effective", { day: formatDate(doc.effectiveOn) })}`}
            </Text>
          </Stack>
          <Card withBorder radius="md" padding="md">
            <DocumentTextView
              content={doc.content}
              values={doc.fieldValues}
              lang={currentLanguage()}
              testId="pack-text"
            />
          </Card>
          {state === "done" && item && <DoneLine item={item} />}
          {state === "superseded" && <Alert color="yellow">{t("personalAck.superseded")}</Alert>}
          {state === "pending" &&
            (doc.kind === "pledge" ? (
              <SignBox token={token} doc={doc} name={personName} />
            ) : (
              <ConfirmBox token={token} doc={doc} />
            ))}
        </>
      )}
    </Stack>
  );
}

export default function PersonalAcknowledgementPanel({ token, link }: PurposePanelProps) {
  const list = useMyDocuments(token);
  const [open, setOpen] = useState<string | null>(null);
  if (open)
    return (
      <ReadingView
        token={token}
        ackId={open}
        personName={link.personName}
        onBack={() => setOpen(null)}
      />
    );
  return (
    <Stack data-testid="pack-panel">
      {list.data && (
        <ListView items={list.data.items} pledge={link.purpose === "pledge"} onOpen={setOpen} />
      )}
      {list.isError && (
        <Alert color="red" data-testid="pack-error">
          {list.error instanceof Error ? list.error.message : ""}
        </Alert>
      )}
    </Stack>
  );
}
