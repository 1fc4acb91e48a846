// 周知・誓約を依頼: which published version, read or pledge, to whom (everyone in office, or
// departments with their sub-departments, plus people by name) and by when. After sending it
// says how many were asked and mailed, and offers the printed QR sheet for exactly the people
// who have neither an e-mail address nor a live link.
import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { sendInput } from "@src/modules/documents/documents.acknowledgements.contract.ts";
import { IconPrinter, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { useSearchChoices } from "../../components/useSearchChoices.ts";
import { errorMessage } from "../../lib/errors.ts";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { today } from "../../lib/format.ts";
import { departmentOptions, useDepartments } from "../departments/useDepartments.ts";
import { useDocuments } from "../documents/useDocuments.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { usePeople } from "../people/usePeople.ts";
import { sheetFileName } from "../personal-links/link-labels.ts";
import { saveFile, usePrintSheet } from "../personal-links/usePersonalLinks.ts";
import { parseVersionKey, type SendValues, toSendInput, versionKey } from "./ack-labels.ts";
import { type AckTarget, type SendResult, useSendForAck } from "./useAcknowledgements.ts";

function usePeopleRows(q: string) {
  const org = useOrg();
  return usePeople(org.id, { q, status: "current", limit: 50 });
}

function Result({
  orgId,
  result,
  kind,
  onOpen,
  onClose,
}: {
  orgId: string;
  result: SendResult;
  kind: SendValues["kind"];
  onOpen: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const print = usePrintSheet(orgId, {
    notice: t("acknowledgements.result.printed"),
    errorsAs: "notice",
    onSuccess: (pdf) => saveFile(pdf, sheetFileName(today())),
  });
  const need = result.needSheet;
  return (
    <Stack data-testid="ack-send-result">
      <List spacing={4} size="sm">
        <List.Item data-testid="ack-result-asked">
          {t("acknowledgements.result.asked", { count: result.asked })}
        </List.Item>
        {result.skipped > 0 && (
          <List.Item>{t("acknowledgements.result.skipped", { count: result.skipped })}</List.Item>
        )}
        <List.Item data-testid="ack-result-mailed">
          {t("acknowledgements.result.mailed", { count: result.mailed })}
        </List.Item>
        {result.onCard > 0 && (
          <List.Item>{t("acknowledgements.result.onCard", { count: result.onCard })}</List.Item>
        )}
      </List>
      {need.length > 0 && (
        <Alert color="yellow" data-testid="ack-result-need-sheet">
          <Text size="sm">{t("acknowledgements.result.needSheet", { count: need.length })}</Text>
          <Text size="sm" mt={4}>
            {need.map((p) => p.personName).join("、")}
          </Text>
          <Button
            mt="sm"
            size="xs"
            leftSection={<IconPrinter size={14} />}
            loading={print.busy}
            onClick={() =>
              void print.run({
                purpose: kind === "pledge" ? "pledge" : "policy",
                scope: "people",
                personIds: need.map((p) => p.personId),
              })
            }
            data-testid="ack-result-print-sheet"
          >
            {t("acknowledgements.result.printSheet", { count: need.length })}
          </Button>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-testid="ack-result-close">
          {t("common.close")}
        </Button>
        <Button onClick={onOpen} data-testid="ack-result-open">
          {t("acknowledgements.result.open")}
        </Button>
      </Group>
    </Stack>
  );
}

export function DistributionModal({
  opened,
  initial,
  onClose,
  onOpenStatus,
}: {
  opened: boolean;
  /** The version to preselect (opened from its page). */
  initial?: (AckTarget & { kind?: SendValues["kind"] }) | null;
  onClose: () => void;
  onOpenStatus: (target: AckTarget, kind: SendValues["kind"]) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const departments = useDepartments(org.id);
  const published = useDocuments(org.id, { status: "published" }, opened);
  const [result, setResult] = useState<SendResult | null>(null);
  const form = useForm<SendValues>({
    initialValues: {
      documentVersion: null,
      kind: "read",
      scope: "all",
      departmentIds: [],
      personIds: [],
      dueOn: null,
    },
    validate: contractResolver(sendInput, {
      payload: toSendInput,
      also: (v) => (v.documentVersion ? {} : { documentVersion: t("errors.required") }),
    }),
  });
  const send = useSendForAck(org.id, {
    form,
    // "Nobody in office there" belongs to the departments chosen, or to the whole line.
    fieldOf: (path) =>
      path.startsWith("audience")
        ? form.getValues().scope === "departments"
          ? "departmentIds"
          : null
        : path,
    errorText: (err) => (err instanceof ApiError && err.fields.audience) || errorMessage(err),
    notice: (r) => t("acknowledgements.dialog.done", { asked: r.asked }),
    onSuccess: (r) => setResult(r),
  });
  useFillOnOpen(
    form,
    opened ? (initial?.versionId ?? "new") : null,
    () => ({
      documentVersion: initial ? versionKey(initial.documentId, initial.versionId) : null,
      kind: initial?.kind ?? "read",
      scope: "all" as const,
      departmentIds: [],
      personIds: [],
      dueOn: null,
    }),
    () => {
      send.reset();
      setResult(null);
    },
  );
  const { options, searchProps } = useSearchChoices({
    useRows: usePeopleRows,
    labelOf: (p: { id: string; name: string }) => p.name,
    emptyText: t("acknowledgements.dialog.nobody"),
  });
  const values = form.getValues();
  const docs = (published.data?.items ?? []).filter((d) => d.currentVersionId);
  const submit = form.onSubmit((v) => {
    const target = parseVersionKey(v.documentVersion);
    void send.run({ ...target, ...toSendInput(v) });
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={result ? t("acknowledgements.result.title") : t("acknowledgements.dialog.title")}
      size="lg"
    >
      {result ? (
        <Result
          orgId={org.id}
          result={result}
          kind={values.kind}
          onClose={onClose}
          onOpen={() => onOpenStatus(parseVersionKey(values.documentVersion), values.kind)}
        />
      ) : (
        <form onSubmit={submit}>
          <Stack data-testid="ack-send-modal">
            {published.isSuccess && docs.length === 0 && (
              <Alert color="yellow">{t("acknowledgements.dialog.noDocuments")}</Alert>
            )}
            <Select
              label={t("acknowledgements.dialog.document")}
              placeholder={t("acknowledgements.dialog.documentPlaceholder")}
              required
              searchable
              data={docs.map((d) => ({
                value: versionKey(d.id, d.currentVersionId as string),
                label: `${d.number} ${d.title}（${t("acknowledgements.page.version", { no: d.currentVersionNo })}）`,
              }))}
              data-testid="ack-send-document"
              {...form.getInputProps("documentVersion")}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t("acknowledgements.dialog.kind")}
              </Text>
              <SegmentedControl
                data={(["read", "pledge"] as const).map((k) => ({
                  value: k,
                  label: t(`acknowledgements.kind.${k}`),
                }))}
                data-testid="ack-send-kind"
                {...form.getInputProps("kind")}
              />
              <Text size="xs" c="dimmed">
                {t("acknowledgements.dialog.kindHelp")}
              </Text>
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t("acknowledgements.dialog.whom")}
              </Text>
              <SegmentedControl
                data={(["all", "departments"] as const).map((s) => ({
                  value: s,
                  label: t(`acknowledgements.dialog.scope.${s}`),
                }))}
                data-testid="ack-send-scope"
                {...form.getInputProps("scope")}
              />
            </Stack>
            {values.scope === "departments" && (
              <>
                <MultiSelect
                  label={t("acknowledgements.dialog.departments")}
                  data={departmentOptions(departments.data?.items ?? [])}
                  searchable
                  clearable
                  data-testid="ack-send-departments"
                  {...form.getInputProps("departmentIds")}
                />
                <MultiSelect
                  {...searchProps}
                  label={t("acknowledgements.dialog.people")}
                  placeholder={t("acknowledgements.dialog.peoplePlaceholder")}
                  data={options(values.personIds)}
                  clearable
                  data-testid="ack-send-people"
                  {...form.getInputProps("personIds")}
                />
              </>
            )}
            <DateField
              label={t("acknowledgements.dialog.dueOn")}
              description={t("acknowledgements.dialog.dueHelp")}
              minDate={today()}
              clearable
              w={260}
              data-testid="ack-send-due"
              {...form.getInputProps("dueOn")}
            />
            <Alert color="blue" icon={<IconSend size={16} />}>
              <Text size="sm">{t("acknowledgements.dialog.mailNote")}</Text>
            </Alert>
            <ModalFooter
              error={send.error}
              onCancel={onClose}
              confirmText={t("acknowledgements.dialog.submit")}
              confirmTestId="ack-send-submit"
              loading={send.busy}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
