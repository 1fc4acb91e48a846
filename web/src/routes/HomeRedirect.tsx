// "/": a first visitor signs up (a returning one signs in); with no organization yet, create
// one; otherwise open the last one used.
import { Navigate } from "react-router";
import { rememberSignedIn, signedOutHome } from "../features/auth/auth-links.ts";
import { useSession } from "../features/auth/useSession.ts";
import { lastOrg, useOrgs } from "../features/orgs/useOrgs.ts";
import { FullPageLoader } from "./RequireAuth.tsx";

export function HomeRedirect() {
  const session = useSession();
  const orgs = useOrgs(Boolean(session.data));
  if (session.isPending) return <FullPageLoader />;
  if (!session.data) return <Navigate to={signedOutHome()} replace />;
  rememberSignedIn();
  if (orgs.isPending) return <FullPageLoader />;
  const items = orgs.data?.items ?? [];
  if (items.length === 0) return <Navigate to="/orgs/new" replace />;
  const remembered = lastOrg();
  const target = items.find((o) => o.id === remembered) ?? items[0];
  return <Navigate to={`/orgs/${target?.id}`} replace />;
}
