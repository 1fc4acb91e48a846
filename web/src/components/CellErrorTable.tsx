// Every bad cell of a refused import, as the person finds it in the file: 行, 列, 値, 内容.
import { ScrollArea, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";

export type CellErrorRow = {
  row: number | null;
  column: string;
  value: string | null;
  message: string;
};

export function CellErrorTable({ errors, mah }: { errors: CellErrorRow[]; mah: number }) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={mah}>
      <Table striped withTableBorder stickyHeader data-testid="import-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t("common.importRow")}</Table.Th>
            <Table.Th w={180}>{t("common.importColumn")}</Table.Th>
            <Table.Th w={160}>{t("common.importValue")}</Table.Th>
            <Table.Th>{t("common.importProblem")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same cell may have two errors
            <Table.Tr key={i} data-testid="import-error-row">
              <Table.Td>{e.row ?? "—"}</Table.Td>
              <Table.Td>{e.column}</Table.Td>
              <Table.Td style={{ wordBreak: "break-all" }}>{e.value ?? ""}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
