// Issuing links: what for, whom for (chosen people, a department's staff, everyone in office)
// and for how many days; then either the URLs on screen (shown this once) or the printed
// sheet with a QR code per person. Issuing revokes each person's earlier link of the purpose.
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { issueInput, MAX_LINK_DAYS } from "@src/modules/personal-links/personal-links.contract.ts";
import { IconLink, IconPrinter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { useSearchChoices } from "../../components/useSearchChoices.ts";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { today } from "../../lib/format.ts";
import { departmentOptions, useDepartments } from "../departments/useDepartments.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { usePeople } from "../people/usePeople.ts";
import { issuablePurposeOptions, sheetFileName } from "./link-labels.ts";
import {
  type IssueInput,
  type IssueResult,
  saveFile,
  useIssueLinks,
  usePrintSheet,
} from "./usePersonalLinks.ts";

/** Who the dialog opens for: nobody yet, or a person and purpose to issue again. */
export type IssueTarget = { purpose?: string; person?: { id: string; name: string } };

type Scope = IssueInput["scope"];
type Values = {
  purpose: string | null;
  scope: Scope;
  personIds: string[];
  departmentId: string | null;
  days: number | string;
};

function toInput(v: Values): IssueInput {
  return {
    purpose: (v.purpose ?? "") as IssueInput["purpose"],
    scope: v.scope,
    ...(v.scope === "people" ? { personIds: v.personIds } : {}),
    ...(v.scope === "department" && v.departmentId ? { departmentId: v.departmentId } : {}),
    ...(typeof v.days === "number" ? { days: v.days } : {}),
  };
}

function usePeopleRows(q: string) {
  const org = useOrg();
  return usePeople(org.id, { q, status: "current", limit: 50 });
}

export function IssueLinksModal({
  orgId,
  target,
  onClose,
  onIssued,
}: {
  orgId: string;
  target: IssueTarget | null;
  onClose: () => void;
  onIssued: (result: IssueResult) => void;
}) {
  const { t } = useTranslation();
  const departments = useDepartments(orgId);
  const form = useForm<Values>({
    initialValues: { purpose: null, scope: "people", personIds: [], departmentId: null, days: "" },
    validate: contractResolver(issueInput, { payload: toInput }),
  });
  const issue = useIssueLinks(orgId, {
    form,
    notice: (r) => t("personalLinks.issue.done", { count: r.items.length }),
    onSuccess: onIssued,
  });
  const print = usePrintSheet(orgId, {
    form,
    notice: t("personalLinks.issue.printed"),
    onSuccess: (pdf) => {
      saveFile(pdf, sheetFileName(today()));
      onClose();
    },
  });
  useFillOnOpen(
    form,
    target,
    () => ({
      purpose: target?.purpose ?? null,
      scope: "people" as Scope,
      personIds: target?.person ? [target.person.id] : [],
      departmentId: null,
      days: "",
    }),
    () => {
      issue.reset();
      print.reset();
    },
  );
  const { options, searchProps } = useSearchChoices({
    useRows: usePeopleRows,
    labelOf: (p: { id: string; name: string }) => p.name,
    known: target?.person ? { [target.person.id]: target.person.name } : {},
    emptyText: t("personalLinks.issue.nobody"),
  });
  const values = form.getValues();
  const busy = issue.busy || print.busy;
  const run = (how: "screen" | "sheet") => {
    if (form.validate().hasErrors) return;
    const input = toInput(form.getValues());
    void (how === "screen" ? issue.run(input) : print.run(input));
  };

  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={t("personalLinks.issue.title")}
      size="lg"
    >
      <Stack data-testid="links-issue-modal">
        <Select
          label={t("personalLinks.col.purpose")}
          required
          data={issuablePurposeOptions()}
          data-testid="links-issue-purpose"
          {...form.getInputProps("purpose")}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t("personalLinks.issue.whom")}
          </Text>
          <SegmentedControl
            data={(["people", "department", "all"] as const).map((s) => ({
              value: s,
              label: t(`personalLinks.issue.scope.${s}`),
            }))}
            data-testid="links-issue-scope"
            {...form.getInputProps("scope")}
          />
        </Stack>
        {values.scope === "people" && (
          <MultiSelect
            {...searchProps}
            label={t("personalLinks.issue.people")}
            placeholder={t("personalLinks.issue.peoplePlaceholder")}
            data={options(values.personIds)}
            clearable
            data-testid="links-issue-people"
            {...form.getInputProps("personIds")}
          />
        )}
        {values.scope === "department" && (
          <Select
            label={t("personalLinks.issue.department")}
            data={departmentOptions(departments.data?.items ?? [])}
            searchable
            data-testid="links-issue-department"
            {...form.getInputProps("departmentId")}
          />
        )}
        {values.scope !== "people" && (
          <Text size="xs" c="dimmed">
            {t("personalLinks.issue.inOffice")}
          </Text>
        )}
        <NumberInput
          label={t("personalLinks.issue.days")}
          description={t("personalLinks.issue.daysHint", { max: MAX_LINK_DAYS })}
          min={1}
          max={MAX_LINK_DAYS}
          allowDecimal={false}
          w={220}
          data-testid="links-issue-days"
          {...form.getInputProps("days")}
        />
        <Alert color="yellow" data-testid="links-issue-warning">
          {t("personalLinks.issue.warning")}
        </Alert>
        <FormError message={issue.error ?? print.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button
            variant="light"
            leftSection={<IconLink size={16} />}
            loading={issue.busy}
            disabled={busy}
            onClick={() => run("screen")}
            data-testid="links-issue-screen"
          >
            {t("personalLinks.issue.screen")}
          </Button>
          <Button
            leftSection={<IconPrinter size={16} />}
            loading={print.busy}
            disabled={busy}
            onClick={() => run("sheet")}
            data-testid="links-issue-sheet"
          >
            {t("personalLinks.issue.sheet")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
