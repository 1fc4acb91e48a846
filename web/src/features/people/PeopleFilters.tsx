import { Group, Input, SegmentedControl } from "@mantine/core";
import { type EmploymentType, employmentTypes } from "@src/modules/people/people.contract.ts";
import { useTranslation } from "react-i18next";
import type { Department } from "../../api/types.ts";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { departmentOptions } from "../departments/useDepartments.ts";
import type { PeopleStatus } from "./usePeople.ts";

export type PeopleFilterValues = {
  q: string;
  departmentId: string | null;
  employmentType: EmploymentType | null;
  status: PeopleStatus;
};

export function PeopleFilters({
  values,
  onChange,
  departments,
}: {
  values: PeopleFilterValues;
  onChange: (v: PeopleFilterValues) => void;
  departments: Department[];
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm">
      <SearchInput
        value={values.q}
        onChange={(q) => onChange({ ...values, q })}
        placeholder={t("people.searchPlaceholder")}
        w={260}
        testId="people-search"
      />
      <FilterSelect
        label={t("people.department")}
        data={departmentOptions(departments)}
        value={values.departmentId}
        onChange={(v) => onChange({ ...values, departmentId: v })}
        searchable
        w={220}
        data-testid="people-filter-department"
      />
      <FilterSelect
        label={t("people.employmentType")}
        data={employmentTypes.map((e) => ({ value: e, label: t(`employmentTypes.${e}`) }))}
        value={values.employmentType}
        onChange={(v) => onChange({ ...values, employmentType: v as EmploymentType | null })}
        w={180}
        data-testid="people-filter-employment"
      />
      <Input.Wrapper label={t("people.status.label")}>
        <SegmentedControl
          display="flex"
          value={values.status}
          onChange={(v) => onChange({ ...values, status: v as PeopleStatus })}
          data={[
            { value: "all", label: t("people.status.all") },
            { value: "current", label: t("people.status.current") },
            { value: "left", label: t("people.status.left") },
          ]}
          data-testid="people-filter-status"
        />
      </Input.Wrapper>
    </Group>
  );
}
