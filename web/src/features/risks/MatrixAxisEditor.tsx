// The labels of one axis of the matrix (発生可能性 or 影響度), in Japanese and English.
import { Table, Text, TextInput } from "@mantine/core";
import type { RiskMatrix } from "@src/core/registers/risk-matrix.ts";
import { useTranslation } from "react-i18next";

type Axis = RiskMatrix["likelihood"];

export function MatrixAxisEditor({
  name,
  axis,
  errors,
  onChange,
}: {
  name: "likelihood" | "impact";
  axis: Axis;
  errors: Record<string, string>;
  onChange: (axis: Axis) => void;
}) {
  const { t } = useTranslation();
  const setLabel = (index: number, lang: "ja" | "en", value: string) =>
    onChange({
      levels: axis.levels.map((l, i) =>
        i === index ? { ...l, label: { ...l.label, [lang]: value } } : l,
      ),
    });
  return (
    <div>
      <Text fw={600} size="sm" mb={4}>
        {t(`risks.${name}`)}
      </Text>
      <Table withTableBorder verticalSpacing={4} data-testid={`matrix-axis-${name}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>{t("risks.matrix.value")}</Table.Th>
            <Table.Th>{t("risks.matrix.labelJa")}</Table.Th>
            <Table.Th>{t("risks.matrix.labelEn")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {axis.levels.map((l, i) => (
            <Table.Tr key={l.value}>
              <Table.Td>{l.value}</Table.Td>
              {(["ja", "en"] as const).map((lang) => (
                <Table.Td key={lang}>
                  <TextInput
                    size="xs"
                    aria-label={`${t(`risks.${name}`)} ${l.value} ${lang}`}
                    value={l.label[lang]}
                    onChange={(e) => setLabel(i, lang, e.currentTarget.value)}
                    error={errors[`${name}.levels.${i}.label.${lang}`]}
                    data-testid={`matrix-${name}-${i}-${lang}`}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
