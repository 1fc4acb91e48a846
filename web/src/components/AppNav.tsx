// The navigation, grouped by PMS construction step; entries the role may not use are hidden.
import { NavLink, Stack, Text } from "@mantine/core";
import { can } from "@src/core/access/permissions.ts";
import { useTranslation } from "react-i18next";
import { NavLink as RouterNavLink } from "react-router";
import { useOrg } from "../features/orgs/OrgContext.tsx";
import { navGroups, navItems } from "../routes/navigation.ts";

export function AppNav() {
  const { t } = useTranslation();
  const org = useOrg();
  const visible = navItems.filter((item) => can(org.role, item.permission));
  return (
    <Stack gap="md" component="nav" aria-label={t("nav.label")}>
      {navGroups.map((group) => {
        const items = visible.filter((item) => item.group === group);
        if (items.length === 0) return null;
        return (
          <Stack gap={2} key={group}>
            <Text size="xs" fw={700} c="dimmed" px="sm" pt={4}>
              {t(`nav.groups.${group}`)}
            </Text>
            {items.map((item) => (
              <NavLink
                key={item.key}
                component={RouterNavLink}
                to={`/orgs/${org.id}/${item.path}`}
                label={t(item.label)}
                leftSection={<item.icon size={18} stroke={1.6} />}
                data-testid={`nav-${item.key}`}
                style={{ borderRadius: "var(--mantine-radius-sm)" }}
              />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
