import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportRowError } from "../../api/types.ts";
import { CellErrorTable } from "../../components/CellErrorTable.tsx";

/** Every bad cell of a rejected import, under how many there are. */
export function ImportErrorTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" fw={600}>
        {t("people.importErrorCount", { count: errors.length })}
      </Text>
      <CellErrorTable errors={errors} mah={360} />
    </>
  );
}
