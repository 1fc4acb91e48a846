// The signed-in user: change password, add an organization, sign out.
import { Avatar, Button, Menu, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import {
  IconBuildingPlus,
  IconChevronDown,
  IconKey,
  IconLanguage,
  IconLogout,
} from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useSession, useSignOut } from "../features/auth/useSession.ts";
import { setLanguage } from "../i18n/index.ts";
import { avatarInitials } from "./avatar-initials.ts";
import { ChangePasswordModal } from "./ChangePasswordModal.tsx";

export function UserMenu() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [pwOpen, pw] = useDisclosure();
  const user = session.data?.user;

  const signOut = useSignOut({
    notice: t("auth.signedOut"),
    onSuccess: () => {
      queryClient.clear();
      navigate("/signin", { replace: true });
    },
  });

  return (
    <>
      <Menu position="bottom-end" width={240}>
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            px="xs"
            leftSection={
              <Avatar size={26} radius="xl" color="indigo" data-testid="user-avatar">
                {avatarInitials(user?.name)}
              </Avatar>
            }
            rightSection={<IconChevronDown size={14} />}
            data-testid="user-menu"
          >
            <Text size="sm" visibleFrom="md" maw={140} truncate>
              {user?.name}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{user?.email}</Menu.Label>
          <Menu.Item
            leftSection={<IconKey size={16} />}
            onClick={pw.open}
            data-testid="menu-change-password"
          >
            {t("header.changePassword")}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconBuildingPlus size={16} />}
            onClick={() => navigate("/orgs/new")}
          >
            {t("header.newOrg")}
          </Menu.Item>
          <Menu.Item
            hiddenFrom="sm"
            leftSection={<IconLanguage size={16} />}
            onClick={() => setLanguage(i18n.language === "en" ? "ja" : "en")}
          >
            {i18n.language === "en" ? "日本語" : "English"}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconLogout size={16} />}
            onClick={() => signOut.run()}
            data-testid="menu-sign-out"
          >
            {t("header.signOut")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={pwOpen} onClose={pw.close} />
    </>
  );
}
