// Add or edit one risk row: item, phase, kind, the risk, its rating on the matrix, the
// countermeasure, the residual rating and the review date. Saving a changed rating records the
// user as its assessor; a 未評価 row (from a suggestion) can be confirmed as it stands with the
// checkbox. Neither is a review (見直し済み records that).
import { Alert, Checkbox, Modal, Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { RiskMatrix } from "@src/core/registers/risk-matrix.ts";
import { type RiskInput, riskInput, riskPatch } from "@src/modules/risks/risks.contract.ts";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { errorText } from "../../lib/validation.ts";
import { ItemSelect } from "../inventory/ItemPickers.tsx";
import { useOrg } from "../orgs/OrgContext.tsx";
import { kindOptions, phaseOptions } from "./risk-labels.ts";
import { ScorePair } from "./ScorePair.tsx";
import { type Risk, useSaveRisk } from "./useRisks.ts";

type Values = {
  itemId: string | null;
  phase: string | null;
  kind: string | null;
  description: string;
  likelihood: string | null;
  impact: string | null;
  countermeasure: string;
  residualLikelihood: string | null;
  residualImpact: string | null;
  reviewOn: string | null;
  /** Edit of a 未評価 row: the user confirms the ratings as they stand. */
  confirmAssessment: boolean;
};

const empty: Values = {
  itemId: null,
  phase: null,
  kind: null,
  description: "",
  likelihood: null,
  impact: null,
  countermeasure: "",
  residualLikelihood: null,
  residualImpact: null,
  reviewOn: null,
  confirmAssessment: false,
};

const str = (n: number | null) => (n === null ? null : String(n));
const num = (s: string | null) => (s ? Number(s) : null);

function toValues(r: Risk): Values {
  return {
    itemId: r.itemId,
    phase: r.phase,
    kind: r.kind,
    description: r.description,
    likelihood: str(r.likelihood),
    impact: str(r.impact),
    countermeasure: r.countermeasure ?? "",
    residualLikelihood: str(r.residualLikelihood),
    residualImpact: str(r.residualImpact),
    reviewOn: r.reviewOn,
    confirmAssessment: false,
  };
}

function toPayload(v: Values): RiskInput {
  return {
    itemId: v.itemId ?? undefined,
    phase: v.phase ?? undefined,
    kind: v.kind ?? undefined,
    description: v.description,
    likelihood: num(v.likelihood) ?? undefined,
    impact: num(v.impact) ?? undefined,
    countermeasure: v.countermeasure,
    residualLikelihood: num(v.residualLikelihood),
    residualImpact: num(v.residualImpact),
    reviewOn: v.reviewOn || null,
  } as RiskInput;
}

const requiredChoices = ["itemId", "phase", "kind", "likelihood", "impact"] as const;

export function RiskFormModal({
  risk,
  matrix,
  defaultItemId,
  defaultItemLabel,
  onClose,
}: {
  risk: Risk | "new" | null;
  matrix: RiskMatrix;
  /** Pre-chosen item of a new row (the table's item filter). */
  defaultItemId?: string | null;
  defaultItemLabel?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const editing = risk && risk !== "new" ? risk : null;
  const form = useForm<Values>({
    initialValues: empty,
    validate: contractResolver(editing ? riskPatch : riskInput, {
      payload: toPayload,
      // A choice left empty is "required", not the contract's "invalid value".
      also: (v) =>
        Object.fromEntries(
          requiredChoices.map((key) => [key, v[key] ? null : errorText("required")]),
        ),
    }),
  });
  const save = useSaveRisk(org.id, {
    form,
    notice: editing ? t("common.updated") : t("common.created"),
    onSuccess: onClose,
  });
  useFillOnOpen(
    form,
    risk,
    () => (editing ? toValues(editing) : { ...empty, itemId: defaultItemId ?? null }),
    save.reset,
  );
  const submit = form.onSubmit((v) =>
    save.run({
      id: editing?.id,
      body:
        editing && v.confirmAssessment
          ? { ...toPayload(v), confirmAssessment: true }
          : toPayload(v),
    }),
  );

  return (
    <Modal
      opened={risk !== null}
      onClose={onClose}
      title={editing ? t("risks.form.editTitle") : t("risks.form.newTitle")}
      size="xl"
    >
      <form onSubmit={submit} noValidate data-testid="risk-form">
        <Stack>
          {editing && !editing.assessed && (
            <Alert color="grape" data-testid="risk-form-unassessed">
              {t("risks.form.unassessed")}
            </Alert>
          )}
          <ItemSelect
            emptyText={t("risks.noItem")}
            label={t("risks.item")}
            required
            initialLabel={editing ? editing.itemName : defaultItemLabel}
            data-testid="risk-item"
            {...form.getInputProps("itemId")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("risks.phase")}
              required
              data={phaseOptions()}
              allowDeselect={false}
              data-testid="risk-phase"
              {...form.getInputProps("phase")}
            />
            <Select
              label={t("risks.kind")}
              required
              data={kindOptions()}
              allowDeselect={false}
              data-testid="risk-kind"
              {...form.getInputProps("kind")}
            />
          </SimpleGrid>
          <Textarea
            label={t("risks.description")}
            description={t("risks.form.descriptionHint")}
            required
            autosize
            minRows={2}
            data-testid="risk-description"
            {...form.getInputProps("description")}
          />
          <ScorePair
            matrix={matrix}
            label={t("risks.inherent")}
            testId="risk"
            likelihood={form.getInputProps("likelihood")}
            impact={form.getInputProps("impact")}
          />
          <Textarea
            label={t("risks.countermeasure")}
            description={t("risks.form.countermeasureHint")}
            autosize
            minRows={2}
            data-testid="risk-countermeasure"
            {...form.getInputProps("countermeasure")}
          />
          <ScorePair
            matrix={matrix}
            label={t("risks.residual")}
            testId="risk-residual"
            optional
            likelihood={form.getInputProps("residualLikelihood")}
            impact={form.getInputProps("residualImpact")}
          />
          {editing && !editing.assessed && (
            <Checkbox
              label={t("risks.form.confirmAssessment")}
              data-testid="risk-confirm-assessment"
              {...form.getInputProps("confirmAssessment", { type: "checkbox" })}
            />
          )}
          <DateField
            label={t("risks.reviewOn")}
            description={t("risks.form.reviewHint")}
            w={260}
            data-testid="risk-review-on"
            {...form.getInputProps("reviewOn")}
          />
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmTestId="risk-save"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
