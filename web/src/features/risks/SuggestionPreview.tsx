// What 提案から追加 will write, as the server plans it: per register item and phase, how many
// rows are added and how many are left out because the item has that suggestion already.
import { Loader, Table, Text } from "@mantine/core";
import type { FromSuggestionsOut } from "@src/modules/risks/risks.contract.ts";
import { useTranslation } from "react-i18next";
import { phaseLabel } from "./risk-labels.ts";

export function SuggestionPreview({
  data,
  loading,
}: {
  data: FromSuggestionsOut | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation();
  if (!data) return loading ? <Loader size="sm" /> : null;
  return (
    <div data-testid="suggestions-preview">
      <Text size="sm" fw={600} mb={4} data-testid="suggestions-preview-total">
        {data.skipped > 0
          ? t("risks.suggestions.previewSkipped", { count: data.added, skipped: data.skipped })
          : t("risks.suggestions.preview", { count: data.added })}
      </Text>
      <Table.ScrollContainer minWidth={360} mah={200}>
        <Table withTableBorder striped verticalSpacing={2} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("risks.item")}</Table.Th>
              <Table.Th>{t("risks.phase")}</Table.Th>
              <Table.Th ta="right">{t("risks.suggestions.toAdd")}</Table.Th>
              <Table.Th ta="right">{t("risks.suggestions.already")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.groups.map((g) => (
              <Table.Tr key={`${g.itemId}:${g.phase}`} data-testid="suggestions-preview-row">
                <Table.Td>{g.itemName}</Table.Td>
                <Table.Td>{phaseLabel(g.phase)}</Table.Td>
                <Table.Td ta="right">{g.added}</Table.Td>
                <Table.Td ta="right" c={g.skipped > 0 ? "dimmed" : undefined}>
                  {g.skipped}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
