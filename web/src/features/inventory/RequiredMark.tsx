// Marks a field the register must fill in ("required" in docs/domain.md#the-register); the API
// still accepts it empty, so this is a reminder, not a validation.
import { Badge } from "@mantine/core";
import { getInventoryField } from "@src/core/registers/inventory-fields.ts";
import { useTranslation } from "react-i18next";
import type { InventoryFieldKey } from "./inventory-fields.ts";

export function RequiredMark({ field }: { field: InventoryFieldKey }) {
  const { t } = useTranslation();
  if (getInventoryField(field).requirement !== "required") return null;
  return (
    <Badge size="xs" variant="light" color="indigo" ml={6} style={{ verticalAlign: "middle" }}>
      {t("inventory.requiredInRegister")}
    </Badge>
  );
}
