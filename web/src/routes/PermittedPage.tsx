import { Alert } from "@mantine/core";
import { can } from "@src/core/access/permissions.ts";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useOrg } from "../features/orgs/OrgContext.tsx";
import type { NavItem } from "./navigation.ts";
import { FullPageLoader } from "./RequireAuth.tsx";

/** A page of the navigation, shown only when the caller's role allows it. */
export function PermittedPage({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  const org = useOrg();
  if (!can(org.role, item.permission)) {
    return <Alert color="yellow">{t("errors.FORBIDDEN")}</Alert>;
  }
  const Page = item.page;
  return (
    <Suspense fallback={<FullPageLoader inline />}>
      <Page />
    </Suspense>
  );
}
