// リスクマトリクスの設定: start from a preset or the current matrix, edit axis labels, levels,
// the grid and the acceptance line, and save (the server re-scores every risk row at once).
import {
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { type RiskMatrix, riskMatrixSchema } from "@src/core/registers/risk-matrix.ts";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { MatrixAxisEditor } from "./MatrixAxisEditor.tsx";
import { MatrixGridEditor } from "./MatrixGridEditor.tsx";
import { MatrixLevelsEditor } from "./MatrixLevelsEditor.tsx";
import { axesChanged, type Draft, describePath, missingLabels, normalize } from "./matrix-draft.ts";
import { bi } from "./risk-labels.ts";
import { useHeatmap, useMatrixPresets, useSaveMatrix } from "./useRisks.ts";

export function MatrixModal({
  opened,
  saved,
  onClose,
  onSaved,
}: {
  opened: boolean;
  saved: RiskMatrix;
  onClose: () => void;
  /** The matrix changed: cell and level filters may no longer exist. */
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const presets = useMatrixPresets(opened);
  // Inherent counts per cell of the saved matrix: how many rows a new axis would leave unscored.
  const heatmap = useHeatmap(org.id, { basis: "inherent" }, opened);
  // Every label must be filled in (the contract alone would answer "invalid").
  const form = useForm<Draft>({
    initialValues: normalize(saved),
    validate: contractResolver(riskMatrixSchema, { also: missingLabels }),
  });
  const draft = form.values;
  const setDraft = (next: Draft) => form.setValues(next);
  const errors = form.errors as Record<string, string>;
  const save = useSaveMatrix(org.id, {
    form,
    notice: t("risks.matrix.saved"),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  // Start from the saved matrix on open.
  useFillOnOpen(form, opened, () => normalize(saved), save.reset);

  const lost = useMemo(() => {
    const ls = new Set(draft.likelihood.levels.map((l) => l.value));
    const is = new Set(draft.impact.levels.map((l) => l.value));
    return (heatmap.data?.cells ?? [])
      .filter((c) => !ls.has(c.likelihood) || !is.has(c.impact))
      .reduce((n, c) => n + c.count, 0);
  }, [draft, heatmap.data]);

  function applyPreset(key: string | null) {
    const preset = presets.data?.items.find((p) => p.key === key);
    if (!preset) return;
    setDraft(normalize(preset.matrix));
    form.clearErrors();
  }

  const submit = form.onSubmit((v) => save.run(v));

  const fieldErrors = Object.entries(errors);
  return (
    <Modal opened={opened} onClose={onClose} title={t("risks.matrix.title")} size="70rem">
      <Stack data-testid="matrix-modal">
        <Group align="flex-end" gap="md">
          <Select
            label={t("risks.matrix.preset")}
            placeholder={t("risks.matrix.presetPlaceholder")}
            data={(presets.data?.items ?? []).map((p) => ({
              value: p.key,
              label: t(`risks.matrix.presets.${p.key}`, { defaultValue: p.key }),
            }))}
            value={null}
            onChange={applyPreset}
            w={280}
            data-testid="matrix-preset"
          />
          <Select
            label={t("risks.matrix.acceptance")}
            description={t("risks.matrix.acceptanceHint")}
            data={[
              { value: "0", label: t("risks.matrix.acceptNone") },
              ...draft.riskLevels.map((l) => ({
                value: String(l.rank),
                label: t("risks.matrix.acceptUpTo", { level: bi(l.label) || l.key }),
              })),
            ]}
            value={String(draft.acceptanceMaxRank)}
            onChange={(v) => v !== null && setDraft({ ...draft, acceptanceMaxRank: Number(v) })}
            allowDeselect={false}
            w={320}
            data-testid="matrix-acceptance"
          />
        </Group>
        <Alert
          color={axesChanged(saved, draft) ? "orange" : "blue"}
          icon={<IconAlertTriangle size={18} />}
          data-testid="matrix-warning"
        >
          <Text size="sm">{t("risks.matrix.rescoreWarning")}</Text>
          {axesChanged(saved, draft) && (
            <Text size="sm" fw={700} mt={4} data-testid="matrix-lost">
              {t("risks.matrix.axesChanged", { count: lost })}
            </Text>
          )}
        </Alert>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <MatrixAxisEditor
            name="likelihood"
            axis={draft.likelihood}
            errors={errors}
            onChange={(likelihood) => setDraft({ ...draft, likelihood })}
          />
          <MatrixAxisEditor
            name="impact"
            axis={draft.impact}
            errors={errors}
            onChange={(impact) => setDraft({ ...draft, impact })}
          />
        </SimpleGrid>
        <MatrixLevelsEditor draft={draft} errors={errors} onChange={setDraft} />
        <MatrixGridEditor draft={draft} errors={errors} onChange={setDraft} />
        <Divider />
        {fieldErrors.length > 0 && (
          <Alert color="red" data-testid="matrix-errors">
            <Stack gap={2}>
              {fieldErrors.map(([path, message]) => (
                <Text size="sm" key={path} data-path={path}>
                  {describePath(path, draft)}: {message}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <FormError message={fieldErrors.length > 0 ? null : save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={() => submit()} loading={save.busy} data-testid="matrix-save">
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
