// Every bad cell of an import, under how many there are.
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CellErrorTable } from "../../components/CellErrorTable.tsx";
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
  // A column without a header is named by the field it was read as.
  const rows = errors.map((e) => ({
    ...e,
    column: e.column || (e.field && isFieldKey(e.field) ? fieldLabel(e.field) : (e.field ?? "")),
  }));
  return (
    <>
      <Text size="sm" fw={600} c="red.7" data-testid="import-error-count">
        {t("inventory.import.errorCount", { count })}
        {count > errors.length &&
          ` ${t("inventory.import.errorsListed", { count: errors.length })}`}
      </Text>
      <CellErrorTable errors={rows} mah={300} />
    </>
  );
}
