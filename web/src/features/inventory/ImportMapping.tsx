// The import preview: detected sheet and header row, one line per column with the field the
// product guessed (changeable, or 無視), sample values, and the counts to create and update.
import { Alert, Badge, Group, ScrollArea, Select, SimpleGrid, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportPreview, Mapping } from "./import-api.ts";
import { fieldLabel, fieldOptions, isFieldKey } from "./inventory-fields.ts";

export const IGNORE = "__ignore__";

function Count({
  label,
  value,
  testId,
}: {
  label: string;
  value: number | string | null;
  testId: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value ?? "—"}
      </Text>
    </div>
  );
}

export function ImportMapping({
  preview,
  mapping,
  onMap,
  onSheet,
  missing,
  duplicates,
}: {
  preview: ImportPreview;
  mapping: Mapping;
  onMap: (index: number, field: string | null) => void;
  onSheet: (sheet: string) => void;
  /** Required fields no column is mapped to. */
  missing: string[];
  /** Fields more than one column is mapped to. */
  duplicates: string[];
}) {
  const { t } = useTranslation();
  const options = [{ value: IGNORE, label: t("inventory.import.ignore") }, ...fieldOptions()];
  const label = (key: string) => (isFieldKey(key) ? fieldLabel(key) : key);
  return (
    <>
      <Group align="flex-end" gap="lg">
        {preview.sheets.length > 1 ? (
          <Select
            label={t("inventory.import.sheet")}
            data={preview.sheets}
            value={preview.sheet}
            onChange={(v) => v && onSheet(v)}
            allowDeselect={false}
            w={220}
            data-testid="import-sheet"
          />
        ) : (
          <Count
            label={t("inventory.import.sheet")}
            value={preview.sheet}
            testId="import-sheet-name"
          />
        )}
        <SimpleGrid cols={5} spacing="lg" data-testid="import-counts">
          <Count
            label={t("inventory.import.headerRow")}
            value={preview.headerRow}
            testId="import-header-row"
          />
          <Count
            label={t("inventory.import.rowCount")}
            value={preview.rowCount}
            testId="import-row-count"
          />
          <Count
            label={t("inventory.import.toCreate")}
            value={preview.toCreate}
            testId="import-to-create"
          />
          <Count
            label={t("inventory.import.toUpdate")}
            value={preview.toUpdate}
            testId="import-to-update"
          />
          <Count
            label={t("inventory.import.unchanged")}
            value={preview.unchanged}
            testId="import-unchanged"
          />
        </SimpleGrid>
      </Group>
      {missing.length > 0 && (
        <Alert color="orange" variant="light" data-testid="import-missing">
          {t("inventory.import.missing", { fields: missing.map(label).join("、") })}
        </Alert>
      )}
      {duplicates.length > 0 && (
        <Alert color="red" variant="light" data-testid="import-duplicates">
          {t("inventory.import.duplicates", { fields: duplicates.map(label).join("、") })}
        </Alert>
      )}
      <ScrollArea.Autosize mah={360}>
        <Table withTableBorder stickyHeader verticalSpacing={4} data-testid="import-columns">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>#</Table.Th>
              <Table.Th w={200}>{t("inventory.import.header")}</Table.Th>
              <Table.Th w={240}>{t("inventory.import.field")}</Table.Th>
              <Table.Th>{t("inventory.import.samples")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.columns.map((c) => {
              const field = mapping[String(c.index)] ?? null;
              return (
                <Table.Tr key={c.index} data-testid="import-column">
                  <Table.Td>{c.index + 1}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {c.header || "—"}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Select
                        size="xs"
                        data={options}
                        value={field ?? IGNORE}
                        onChange={(v) => onMap(c.index, !v || v === IGNORE ? null : v)}
                        searchable
                        allowDeselect={false}
                        aria-label={t("inventory.import.fieldFor", { header: c.header })}
                        data-testid={`import-map-${c.index}`}
                      />
                      {c.confidence === "fuzzy" && field === c.field && (
                        <Badge size="xs" color="orange" variant="light">
                          {t("inventory.import.fuzzy")}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {c.samples
                        .filter((s) => s.trim() !== "")
                        .slice(0, 3)
                        .map((s, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: samples may repeat
                          <Badge key={i} variant="default" tt="none" fw={400} maw={220}>
                            {s}
                          </Badge>
                        ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}
