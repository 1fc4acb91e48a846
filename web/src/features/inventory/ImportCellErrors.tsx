// Every bad cell of an import: 行, 列, 値, 内容.
import { ScrollArea, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportCellError } from "./import-api.ts";
import { fieldLabel, isFieldKey } from "./inventory-fields.ts";

export function ImportCellErrors({
  errors,
  count,
}: {
  errors: ImportCellError[];
  /** All bad cells; more than listed when the server capped the list. */
  count: number;
}) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <>
      <Text size="sm" fw={600} c="red.7" data-testid="import-error-count">
        {t("inventory.import.errorCount", { count })}
        {count > errors.length &&
          ` ${t("inventory.import.errorsListed", { count: errors.length })}`}
      </Text>
      <ScrollArea.Autosize mah={300}>
        <Table striped withTableBorder stickyHeader data-testid="import-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t("inventory.import.row")}</Table.Th>
              <Table.Th w={180}>{t("inventory.import.column")}</Table.Th>
              <Table.Th w={160}>{t("inventory.import.value")}</Table.Th>
              <Table.Th>{t("inventory.import.reason")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same cell may have two errors
              <Table.Tr key={i} data-testid="import-error-row">
                <Table.Td>{e.row ?? "—"}</Table.Td>
                <Table.Td>
                  {e.column || (e.field && isFieldKey(e.field) ? fieldLabel(e.field) : e.field)}
                </Table.Td>
                <Table.Td style={{ wordBreak: "break-all" }}>{e.value ?? ""}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}
