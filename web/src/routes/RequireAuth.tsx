// Pages behind sign-in: signed-out visitors go to /signin and come back afterwards.
import { Center, Loader } from "@mantine/core";
import { Navigate, Outlet, useLocation } from "react-router";
import { useSession } from "../features/auth/useSession.ts";

export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageLoader />;
  if (!session.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  return <Outlet />;
}

export function FullPageLoader({ inline = false }: { inline?: boolean }) {
  return (
    <Center h={inline ? 240 : "100vh"}>
      <Loader />
    </Center>
  );
}
