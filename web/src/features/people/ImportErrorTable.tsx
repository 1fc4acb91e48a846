import { ScrollArea, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportRowError } from "../../api/types.ts";

/** Every bad cell of a rejected import: 行, 列, 値, 内容. */
export function ImportErrorTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" fw={600}>
        {t("people.importErrorCount", { count: errors.length })}
      </Text>
      <ScrollArea.Autosize mah={360}>
        <Table striped withTableBorder stickyHeader data-testid="import-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t("people.importRow")}</Table.Th>
              <Table.Th w={140}>{t("people.importColumn")}</Table.Th>
              <Table.Th w={180}>{t("people.importValue")}</Table.Th>
              <Table.Th>{t("people.importMessage")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e) => (
              <Table.Tr key={`${e.row}-${e.column}-${e.message}`} data-testid="import-error-row">
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>{e.column}</Table.Td>
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
