// The app frame of one organization: header, grouped navigation, and the page.
import { AppShell, Burger, Group, ScrollArea } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect } from "react";
import { Outlet, useLocation, useParams } from "react-router";
import { AppNav } from "../components/AppNav.tsx";
import { Brand } from "../components/Brand.tsx";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";
import { OrgSwitcher } from "../components/OrgSwitcher.tsx";
import { UserMenu } from "../components/UserMenu.tsx";
import { NotificationBell } from "../features/notifications/NotificationBell.tsx";
import { OrgContext } from "../features/orgs/OrgContext.tsx";
import { rememberOrg, useOrgs } from "../features/orgs/useOrgs.ts";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { FullPageLoader } from "./RequireAuth.tsx";

export function OrgLayout() {
  const { orgId = "" } = useParams();
  const orgs = useOrgs();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const org = orgs.data?.items.find((o) => o.id === orgId) ?? null;

  useEffect(() => {
    if (org) rememberOrg(org.id);
  }, [org]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: close the mobile menu on navigation
  useEffect(() => close(), [location.pathname]);

  if (orgs.isPending) return <FullPageLoader />;
  if (!org) return <NotFoundPage />;

  return (
    <OrgContext.Provider value={org}>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 250, breakpoint: "sm", collapsed: { mobile: !opened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" />
              <Brand />
              <OrgSwitcher current={org} orgs={orgs.data?.items ?? []} />
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch visibleFrom="sm" />
              <NotificationBell />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs">
          <ScrollArea>
            <AppNav />
          </ScrollArea>
        </AppShell.Navbar>
        <AppShell.Main bg="gray.0">
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </OrgContext.Provider>
  );
}
