// A searchable choice of person from the register; the search runs on the server (q).
import { Select, type SelectProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Person } from "../../api/types.ts";
import { useSearchChoices } from "../../components/useSearchChoices.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { usePeople } from "../people/usePeople.ts";

type Props = Omit<SelectProps, "data" | "value" | "onChange"> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Label of the current value before the list has loaded (e.g. when editing). */
  initialLabel?: string;
};

function usePersonRows(q: string) {
  const org = useOrg();
  return usePeople(org.id, { q, status: "current", sort: "kana", limit: 50 });
}

const labelOf = (p: Person) => (p.departmentName ? `${p.name}（${p.departmentName}）` : p.name);

export function PersonSelect({ value = null, onChange, initialLabel, ...rest }: Props) {
  const { t } = useTranslation();
  const { options, searchProps } = useSearchChoices({
    useRows: usePersonRows,
    labelOf,
    showing: value,
    known: value && initialLabel ? { [value]: initialLabel } : {},
    emptyText: t("appointments.noPerson"),
  });
  return (
    <Select
      {...rest}
      {...searchProps}
      required
      data={options(value ? [value] : [])}
      value={value}
      onChange={(v) => onChange?.(v)}
      data-testid="appointment-person"
    />
  );
}
