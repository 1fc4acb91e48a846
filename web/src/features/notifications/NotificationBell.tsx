// The bell in the header: the caller's unread count (asked every minute and when the window
// regains focus), and a popover with the latest notifications. Opening one marks it read and
// goes to its page; "すべて既読にする" marks them all.
import {
  ActionIcon,
  Anchor,
  Button,
  Divider,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Text,
} from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useOrg } from "../orgs/OrgContext.tsx";
import { inAppPath, NotificationRow } from "./NotificationRow.tsx";
import {
  type NotificationItem,
  useMarkAllRead,
  useMarkRead,
  useNotificationList,
  useUnreadCount,
} from "./useNotifications.ts";

/** How many the popover lists; the page has them all. */
const RECENT = 10;

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount(org.id);
  const recent = useNotificationList(org.id, { limit: RECENT }, i18n.language, opened);
  const markRead = useMarkRead(org.id, { errorsAs: "notice" });
  const markAll = useMarkAllRead(org.id, { errorsAs: "notice" });
  const count = unread.data?.count ?? 0;

  function open(item: NotificationItem) {
    if (item.readAt === null) void markRead.run(item);
    setOpened(false);
    const target = inAppPath(item.link);
    if (target) navigate(target);
  }

  const items = recent.data?.items ?? [];
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={380}
      shadow="md"
      withinPortal
    >
      <Popover.Target>
        <Indicator
          label={count > 99 ? "99+" : count}
          size={18}
          offset={6}
          color="red"
          disabled={count === 0}
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => {
              // The list may be older than the count: ask again on every opening.
              if (!opened) void recent.refetch();
              setOpened(!opened);
            }}
            aria-label={t("notifications.bell", { count })}
            data-testid="notification-bell"
            data-count={count}
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} data-testid="notification-popover">
        <Group justify="space-between" px="md" py="xs">
          <Text fw={700} size="sm">
            {t("notifications.title")}
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            disabled={count === 0}
            loading={markAll.busy}
            onClick={() => void markAll.run()}
            data-testid="notification-read-all"
          >
            {t("notifications.markAllRead")}
          </Button>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={420}>
          {recent.isPending ? (
            <Group justify="center" p="md">
              <Loader size="sm" />
            </Group>
          ) : items.length === 0 ? (
            <Text size="sm" c="dimmed" p="md" ta="center">
              {t("notifications.empty")}
            </Text>
          ) : (
            items.map((item) => (
              <NotificationRow key={item.id} item={item} onOpen={open} now={new Date()} />
            ))
          )}
        </ScrollArea.Autosize>
        <Divider />
        <Group justify="center" p="xs">
          <Anchor
            component="button"
            size="sm"
            onClick={() => {
              setOpened(false);
              navigate(`/orgs/${encodeURIComponent(org.id)}/notifications`);
            }}
            data-testid="notification-see-all"
          >
            {t("notifications.seeAll")}
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
