// A plan's dialog: a new fiscal year's plan, or the plan's title, period, 教育責任者, the days
// new hires have and notes. Changing an approved plan sends it back to draft; the server's
// notice says so (再承認が必要).
import { Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { planInput, planPatch } from "@src/modules/education/education.contract.ts";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { useSearchChoices } from "../../components/useSearchChoices.ts";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { usePeople } from "../people/usePeople.ts";
import {
  newPlanValues,
  type PlanValues,
  planValues,
  toPlanInput,
  toPlanPatch,
} from "./plan-form.ts";
import { type PlanOut, useCreatePlan, useUpdatePlan } from "./useEducation.ts";

function usePeopleRows(q: string) {
  const org = useOrg();
  return usePeople(org.id, { q, sort: "kana", limit: 50 });
}

export function PlanFormModal({
  opened,
  plan,
  suggestedYear,
  onClose,
  onCreated,
}: {
  opened: boolean;
  /** The plan being changed; null for a new one. */
  plan: PlanOut | null;
  suggestedYear: number;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const initial = () => (plan ? planValues(plan) : newPlanValues(suggestedYear));
  const form = useForm<PlanValues>({
    initialValues: initial(),
    validate: plan
      ? contractResolver(planPatch, { payload: (v) => toPlanPatch(v, plan.revision) })
      : contractResolver(planInput, { payload: toPlanInput }),
  });
  const create = useCreatePlan(org.id, {
    form,
    notice: t("education.plan.created"),
    onSuccess: (out) => {
      onClose();
      onCreated(out.id);
    },
  });
  const update = useUpdatePlan(org.id, plan?.id ?? "", {
    form,
    notice: (out) => out.notice ?? t("common.updated"),
    onSuccess: onClose,
  });
  const save = plan ? update : create;
  useFillOnOpen(form, opened ? (plan ?? "new") : null, initial, save.reset);
  const responsible = useSearchChoices({
    useRows: usePeopleRows,
    labelOf: (p: { id: string; name: string }) => p.name,
    showing: form.values.responsiblePersonId,
    known:
      plan?.responsiblePersonId && plan.responsibleName
        ? { [plan.responsiblePersonId]: plan.responsibleName }
        : {},
    emptyText: t("education.plan.noPeople"),
  });

  const submit = (v: PlanValues) =>
    plan ? update.run(toPlanPatch(v, plan.revision)) : create.run(toPlanInput(v));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={plan ? t("education.plan.edit") : t("education.plan.new")}
      data-testid="education-plan-modal"
    >
      <form onSubmit={form.onSubmit(submit)}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t("education.plan.fiscalYear")}
              description={t("education.plan.fiscalYearHelp")}
              disabled={Boolean(plan)}
              min={2000}
              max={2100}
              allowDecimal={false}
              withAsterisk
              {...form.getInputProps("fiscalYear")}
              data-testid="education-plan-year"
            />
            <TextInput
              label={t("education.plan.title")}
              placeholder={t("education.plan.titlePlaceholder", { year: form.values.fiscalYear })}
              {...form.getInputProps("title")}
              data-testid="education-plan-title"
            />
            <DateField
              label={t("education.plan.periodStart")}
              description={plan ? undefined : t("education.plan.periodHelp")}
              clearable
              {...form.getInputProps("periodStart")}
            />
            <DateField
              label={t("education.plan.periodEnd")}
              clearable
              {...form.getInputProps("periodEnd")}
            />
            <Select
              label={t("education.plan.responsible")}
              clearable
              {...responsible.searchProps}
              data={responsible.options(
                form.values.responsiblePersonId ? [form.values.responsiblePersonId] : [],
              )}
              {...form.getInputProps("responsiblePersonId")}
            />
            <NumberInput
              label={t("education.plan.newHireWithinDays")}
              min={1}
              max={365}
              allowDecimal={false}
              suffix={t("education.plan.daysSuffix")}
              {...form.getInputProps("newHireWithinDays")}
            />
          </SimpleGrid>
          <Textarea
            label={t("education.plan.notes")}
            autosize
            minRows={2}
            maxRows={8}
            {...form.getInputProps("notes")}
          />
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmText={plan ? undefined : t("education.plan.create")}
            confirmTestId="education-plan-submit"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
