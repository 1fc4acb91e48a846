// /orgs/:orgId opens the first page the caller's role may see.

import { can } from "@src/core/access/permissions.ts";
import { Navigate } from "react-router";
import { useOrg } from "../features/orgs/OrgContext.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { navItems } from "./navigation.ts";

export function OrgIndex() {
  const org = useOrg();
  const first = navItems.find((item) => can(org.role, item.permission));
  return first ? <Navigate to={first.path} replace /> : <NotFoundPage />;
}
