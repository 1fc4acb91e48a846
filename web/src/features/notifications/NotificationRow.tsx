// One notification in the bell's list and on the page: a dot while unread, the title and body
// as text (never HTML), and when it came (relative, with the exact moment beside it).
import { Box, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { absoluteTime, relativeTime } from "./notification-time.ts";
import type { NotificationItem } from "./useNotifications.ts";

export function NotificationRow({
  item,
  onOpen,
  now,
}: {
  item: NotificationItem;
  onOpen: (item: NotificationItem) => void;
  now: Date;
}) {
  const { i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "ja";
  const unread = item.readAt === null;
  const exact = absoluteTime(item.createdAt, lang);
  const relative = relativeTime(item.createdAt, now, lang);
  return (
    <UnstyledButton
      onClick={() => onOpen(item)}
      w="100%"
      px="md"
      py="sm"
      bg={unread ? "indigo.0" : undefined}
      data-testid="notification-item"
      data-unread={unread}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Box
          mt={7}
          w={8}
          h={8}
          style={{ borderRadius: 4, flexShrink: 0 }}
          bg={unread ? "indigo.6" : "transparent"}
          aria-hidden
        />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={unread ? 700 : 500} style={{ overflowWrap: "anywhere" }}>
            {item.title}
          </Text>
          {item.body && (
            <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere", whiteSpace: "pre-line" }}>
              {item.body}
            </Text>
          )}
          <Text size="xs" c="dimmed" title={exact}>
            {relative
              ? lang === "ja"
                ? `${relative}（${exact}）`
                : `${relative} (${exact})`
              : exact}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}

/** A stored link leads within the app only (the server makes them so; checked again here). */
export function inAppPath(link: string): string | null {
  return link.startsWith("/") && !link.startsWith("//") && !link.includes("\\") ? link : null;
}
