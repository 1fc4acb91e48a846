// Likelihood and impact chosen from the matrix axes, with the resulting level computed live in
// the browser by the same core function the server uses.
import { Fieldset, Group, Select, type SelectProps, SimpleGrid, Text } from "@mantine/core";
import { type RiskMatrix, scoreRisk } from "@src/core/registers/risk-matrix.ts";
import { useTranslation } from "react-i18next";
import { LevelBadge } from "./LevelBadge.tsx";
import { axisOptions } from "./risk-labels.ts";

type Field = Pick<SelectProps, "value" | "onChange" | "error" | "onBlur" | "onFocus">;

export function ScorePair({
  matrix,
  likelihood,
  impact,
  label,
  testId,
  optional = false,
}: {
  matrix: RiskMatrix;
  likelihood: Field;
  impact: Field;
  label: string;
  /** Prefix of the test ids: <testId>-likelihood, -impact, -level. */
  testId: string;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  const l = likelihood.value ? Number(likelihood.value) : null;
  const i = impact.value ? Number(impact.value) : null;
  const score = l !== null && i !== null ? scoreRisk(matrix, l, i) : null;
  const above = score ? score.rank > matrix.acceptanceMaxRank : null;
  return (
    <Fieldset legend={label} variant="filled" p="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t("risks.likelihood")}
          required={!optional}
          data={axisOptions(matrix.likelihood, l)}
          clearable={optional}
          allowDeselect={optional}
          data-testid={`${testId}-likelihood`}
          {...likelihood}
        />
        <Select
          label={t("risks.impact")}
          required={!optional}
          data={axisOptions(matrix.impact, i)}
          clearable={optional}
          allowDeselect={optional}
          data-testid={`${testId}-impact`}
          {...impact}
        />
        <Group gap="xs" wrap="nowrap" mt={24} data-testid={`${testId}-level`}>
          {l !== null && i !== null ? (
            <>
              <LevelBadge score={score} />
              {above !== null && (
                <Text size="xs" c={above ? "red" : "teal"}>
                  {above ? t("risks.form.aboveAcceptance") : t("risks.form.withinAcceptance")}
                </Text>
              )}
            </>
          ) : (
            <Text size="xs" c="dimmed">
              {optional ? t("risks.form.residualHint") : t("risks.form.levelHint")}
            </Text>
          )}
        </Group>
      </SimpleGrid>
    </Fieldset>
  );
}
