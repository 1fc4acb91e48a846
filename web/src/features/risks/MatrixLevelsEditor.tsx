// The risk levels of the matrix, least serious first: names, colours; add and remove.
import { ActionIcon, Button, ColorInput, Table, Text, TextInput, Tooltip } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { addLevel, type Draft, levelInUse, removeLevel } from "./matrix-draft.ts";

const SWATCHES = ["#2F9E44", "#74B816", "#F59F00", "#F76707", "#E03131", "#862E9C", "#1C7ED6"];

export function MatrixLevelsEditor({
  draft,
  errors,
  onChange,
}: {
  draft: Draft;
  errors: Record<string, string>;
  onChange: (d: Draft) => void;
}) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<Draft["riskLevels"][number]>) =>
    onChange({
      ...draft,
      riskLevels: draft.riskLevels.map((l, i) => (i === index ? { ...l, ...patch } : l)),
    });
  return (
    <div>
      <Text fw={600} size="sm">
        {t("risks.matrix.levels")}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {t("risks.matrix.levelsHint")}
      </Text>
      <Table withTableBorder verticalSpacing={4} data-testid="matrix-levels">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>{t("risks.matrix.rank")}</Table.Th>
            <Table.Th>{t("risks.matrix.labelJa")}</Table.Th>
            <Table.Th>{t("risks.matrix.labelEn")}</Table.Th>
            <Table.Th w={150}>{t("risks.matrix.color")}</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {draft.riskLevels.map((l, i) => {
            const used = levelInUse(draft, l.key);
            return (
              <Table.Tr key={l.key} data-testid={`matrix-level-${l.key}`}>
                <Table.Td>{l.rank}</Table.Td>
                {(["ja", "en"] as const).map((lang) => (
                  <Table.Td key={lang}>
                    <TextInput
                      size="xs"
                      aria-label={`${l.key} ${lang}`}
                      value={l.label[lang]}
                      onChange={(e) =>
                        set(i, { label: { ...l.label, [lang]: e.currentTarget.value } })
                      }
                      error={errors[`riskLevels.${i}.label.${lang}`]}
                      data-testid={`matrix-level-${l.key}-${lang}`}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  <ColorInput
                    size="xs"
                    format="hex"
                    aria-label={`${l.key} ${t("risks.matrix.color")}`}
                    value={l.color}
                    onChange={(color) => set(i, { color: color.toUpperCase() })}
                    swatches={SWATCHES}
                    error={errors[`riskLevels.${i}.color`]}
                    data-testid={`matrix-level-${l.key}-color`}
                  />
                </Table.Td>
                <Table.Td>
                  <Tooltip label={used ? t("risks.matrix.levelInUse") : t("common.delete")}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      disabled={used || draft.riskLevels.length <= 1}
                      aria-label={t("common.delete")}
                      onClick={() => onChange(removeLevel(draft, l.key))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Button
        variant="subtle"
        size="xs"
        mt={4}
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange(addLevel(draft))}
        data-testid="matrix-level-add"
      >
        {t("risks.matrix.addLevel")}
      </Button>
    </div>
  );
}
