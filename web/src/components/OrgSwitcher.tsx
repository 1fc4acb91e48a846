// Switches between the organizations the user belongs to (consultants have several).
import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import type { OrgSummary } from "../api/types.ts";

const NEW = "__new__";

export function OrgSwitcher({ current, orgs }: { current: OrgSummary; orgs: OrgSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Stay in the same section (e.g. 従業者) when a consultant switches between clients.
  const section = useLocation().pathname.split("/")[3] ?? "";
  const data = [
    ...orgs.map((o) => ({ value: o.id, label: o.name })),
    { value: NEW, label: t("header.newOrg") },
  ];
  return (
    <Select
      aria-label={t("header.org")}
      data={data}
      value={current.id}
      allowDeselect={false}
      searchable={orgs.length > 8}
      onChange={(value) => {
        if (!value || value === current.id) return;
        navigate(value === NEW ? "/orgs/new" : `/orgs/${value}/${section}`);
      }}
      w={{ base: 150, sm: 280 }}
      comboboxProps={{ width: 320, position: "bottom-start" }}
      data-testid="org-switcher"
    />
  );
}
