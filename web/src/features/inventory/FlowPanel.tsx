// 業務フロー: the flow diagram (coloured by the item's risks) above the editor of its steps.
import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { RiskLevelDef } from "@src/core/registers/risk-matrix.ts";
import { type FlowOut, flowInput } from "@src/modules/inventory/inventory.contract.ts";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver } from "../../lib/form.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { FlowDiagram } from "./FlowDiagram.tsx";
import { FlowEditor, type StepValue } from "./FlowEditor.tsx";
import { diagramPhases, phaseRisks } from "./flow-risk.ts";
import { phases as allPhases } from "./inventory-fields.ts";
import {
  type InventoryItem,
  useFlow,
  useItemRisks,
  useRiskMatrix,
  useSaveFlow,
} from "./useInventory.ts";

type Values = { steps: StepValue[] };

const toPayload = (steps: StepValue[]) => ({
  steps: steps.map(({ key: _k, ...s }) => s),
});

export function FlowPanel({ item, editable }: { item: InventoryItem; editable: boolean }) {
  const { t } = useTranslation();
  const org = useOrg();
  const flow = useFlow(org.id, item.id);
  const risks = useItemRisks(org.id, item.id);
  const matrix = useRiskMatrix(org.id);
  const counter = useRef(0);
  const nextKey = () => ++counter.current;
  const form = useForm<Values>({
    initialValues: { steps: [] },
    validate: contractResolver(flowInput, { payload: (v: Values) => toPayload(v.steps) }),
  });
  const save = useSaveFlow(org.id, item.id, {
    form,
    notice: t("common.saved"),
    onSuccess: (saved) => load(saved),
  });
  const steps = form.values.steps;
  const dirty = form.isDirty();

  function load(data: FlowOut) {
    const next = {
      steps: data.steps.map((s) => ({
        key: ++counter.current,
        phase: s.phase,
        who: s.who ?? "",
        what: s.what ?? "",
        where: s.where ?? "",
        medium: s.medium ?? "",
      })),
    };
    form.setValues(next);
    form.resetDirty(next);
    form.clearErrors();
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once the saved flow arrives
  useEffect(() => {
    if (flow.data && !dirty) load(flow.data);
  }, [flow.data]);

  const byPhase = useMemo(() => (risks.data ? phaseRisks(risks.data.items) : null), [risks.data]);
  const levels: RiskLevelDef[] = useMemo(() => {
    if (matrix.data) return matrix.data.matrix.riskLevels;
    const seen = new Map<string, RiskLevelDef>();
    for (const r of risks.data?.items ?? []) {
      for (const s of [r.inherent, r.residual]) {
        if (s) seen.set(s.level, { key: s.level, label: s.label, color: s.color, rank: s.rank });
      }
    }
    return [...seen.values()];
  }, [matrix.data, risks.data]);

  function change(next: StepValue[]) {
    form.setFieldValue("steps", next);
  }

  function starter() {
    const keys = allPhases.filter((p) => p.core || item.outsourced === true).map((p) => p.key);
    change(
      keys.map((phase) => ({ key: nextKey(), phase, who: "", what: "", where: "", medium: "" })),
    );
  }

  const submit = form.onSubmit((v) => save.run(toPayload(v.steps)));

  if (flow.isPending) return <Loader m="md" />;
  if (flow.isError) return <Alert color="red">{errorMessage(flow.error)}</Alert>;

  const phases = diagramPhases(
    steps.map((s) => s.phase),
    risks.data?.items ?? [],
  );
  return (
    <Stack gap="md">
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t("inventory.flow.diagramTitle")}
            </Title>
            <Button
              component={Link}
              to={`../risks?itemId=${encodeURIComponent(item.id)}`}
              variant="light"
              size="xs"
              leftSection={<IconAlertTriangle size={14} />}
              data-testid="flow-risks-link"
            >
              {t("inventory.openRisks")}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t("inventory.flow.diagramLead")}
          </Text>
          <FlowDiagram
            phases={phases}
            steps={toPayload(steps).steps}
            risks={byPhase}
            unavailable={risks.isError}
            levels={levels}
          />
        </Stack>
      </Card>
      {editable && (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t("inventory.flow.editorTitle")}
              </Title>
              {steps.length === 0 && (
                <Button variant="default" size="xs" onClick={starter} data-testid="flow-starter">
                  {t("inventory.flow.starter")}
                </Button>
              )}
            </Group>
            <FlowEditor
              steps={steps}
              onChange={change}
              errors={form.errors as Record<string, string>}
              nextKey={nextKey}
            />
            <FormError message={save.error} />
            <Group justify="flex-end">
              {dirty && (
                <Button
                  variant="default"
                  onClick={() => flow.data && load(flow.data)}
                  data-testid="flow-reset"
                >
                  {t("inventory.flow.reset")}
                </Button>
              )}
              <Button
                onClick={() => submit()}
                loading={save.busy}
                disabled={!dirty}
                data-testid="flow-save"
              >
                {t("inventory.flow.save")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
