// Editor of the flow steps: phase, who, what, where, on what medium; reorder, add, remove.
import { Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { MoveRemoveButtons } from "../../components/MoveRemoveButtons.tsx";
import { phaseOptions } from "./inventory-fields.ts";

export type StepValue = {
  /** Local key for React; not sent. */
  key: number;
  phase: string;
  who: string;
  what: string;
  where: string;
  medium: string;
};

const TEXT_FIELDS = ["who", "what", "where", "medium"] as const;

export function FlowEditor({
  steps,
  onChange,
  errors,
  nextKey,
}: {
  steps: StepValue[];
  onChange: (steps: StepValue[]) => void;
  /** Errors by path, e.g. `steps.0.who`. */
  errors: Record<string, string>;
  nextKey: () => number;
}) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<StepValue>) =>
    onChange(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: number) => {
    const next = [...steps];
    const [step] = next.splice(i, 1);
    if (step) next.splice(i + by, 0, step);
    onChange(next);
  };
  return (
    <Stack gap="xs" data-testid="flow-editor">
      {steps.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("inventory.flow.noSteps")}
        </Text>
      )}
      {steps.map((s, i) => (
        <Group key={s.key} gap="xs" align="flex-start" wrap="nowrap" data-testid="flow-step">
          <Text size="sm" c="dimmed" w={20} mt={8} ta="right">
            {i + 1}
          </Text>
          <Select
            w={200}
            aria-label={t("inventory.flow.phase")}
            data={phaseOptions()}
            value={s.phase}
            onChange={(v) => v && update(i, { phase: v })}
            allowDeselect={false}
            error={errors[`steps.${i}.phase`]}
            data-testid={`flow-step-phase-${i}`}
          />
          {TEXT_FIELDS.map((f) => (
            <TextInput
              key={f}
              style={{ flex: f === "what" ? 2 : 1 }}
              placeholder={t(`inventory.flow.${f}`)}
              aria-label={t(`inventory.flow.${f}`)}
              value={s[f]}
              onChange={(e) => update(i, { [f]: e.currentTarget.value })}
              error={errors[`steps.${i}.${f}`]}
              data-testid={`flow-step-${f}-${i}`}
            />
          ))}
          <MoveRemoveButtons
            gap={0}
            mt={4}
            index={i}
            count={steps.length}
            labels={{
              up: t("inventory.flow.up"),
              down: t("inventory.flow.down"),
              remove: t("inventory.flow.remove"),
            }}
            onMove={(by) => move(i, by)}
            onRemove={() => onChange(steps.filter((_, j) => j !== i))}
            testIdPrefix="flow-step"
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => {
            const last = steps[steps.length - 1]?.phase;
            const options = phaseOptions();
            const after = options.findIndex((o) => o.value === last) + 1;
            const phase =
              options[Math.min(after, options.length - 1)]?.value ?? "acquisition_input";
            onChange([
              ...steps,
              { key: nextKey(), phase, who: "", what: "", where: "", medium: "" },
            ]);
          }}
          data-testid="flow-step-add"
        >
          {t("inventory.flow.add")}
        </Button>
      </Group>
    </Stack>
  );
}
