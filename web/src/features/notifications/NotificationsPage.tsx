// お知らせ: every notification of the caller in this organization (all or unread only, paged),
// marking them read, and how the caller wants to be told (in the app only, or by mail too).
import { Button, Card, Group, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { PAGE_SIZE } from "../../api/types.ts";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useOrg } from "../orgs/OrgContext.tsx";
import { NotificationPreferenceForm } from "./NotificationPreferenceForm.tsx";
import { inAppPath, NotificationRow } from "./NotificationRow.tsx";
import {
  type NotificationItem,
  useMarkAllRead,
  useMarkRead,
  useNotificationList,
  useUnreadCount,
} from "./useNotifications.ts";

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const navigate = useNavigate();
  const [show, setShow] = useState<"all" | "unread">("all");
  const [page, setPage] = useState(1);
  const list = useNotificationList(
    org.id,
    { page, limit: PAGE_SIZE, unread: show === "unread" },
    i18n.language,
  );
  const unread = useUnreadCount(org.id);
  const markRead = useMarkRead(org.id, { errorsAs: "notice" });
  const markAll = useMarkAllRead(org.id, {
    errorsAs: "notice",
    notice: ({ updated }) => t("notifications.markedRead", { count: updated }),
  });

  function open(item: NotificationItem) {
    if (item.readAt === null) void markRead.run(item);
    const target = inAppPath(item.link);
    if (target) navigate(target);
  }

  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const now = new Date();
  return (
    <>
      <PageHeader title={t("notifications.title")} description={t("notifications.intro")} />
      <Stack gap="lg">
        <Card withBorder padding={0}>
          <Group justify="space-between" p="md">
            <Group gap="sm">
              <SegmentedControl
                size="xs"
                value={show}
                onChange={(v) => {
                  setShow(v as "all" | "unread");
                  setPage(1);
                }}
                data={[
                  { value: "all", label: t("notifications.showAll") },
                  { value: "unread", label: t("notifications.showUnread") },
                ]}
                aria-label={t("notifications.show")}
                data-testid="notifications-filter"
              />
              <Text size="sm" c="dimmed" data-testid="notifications-total">
                {t("common.totalCount", { count: total })}
              </Text>
            </Group>
            <Button
              variant="default"
              size="xs"
              disabled={(unread.data?.count ?? 0) === 0}
              loading={markAll.busy}
              onClick={() => void markAll.run()}
              data-testid="notifications-read-all"
            >
              {t("notifications.markAllRead")}
            </Button>
          </Group>
          {items.length === 0 && !list.isPending ? (
            <Text c="dimmed" size="sm" p="md" pt={0}>
              {show === "unread" ? t("notifications.noUnread") : t("notifications.none")}
            </Text>
          ) : (
            items.map((item) => (
              <NotificationRow key={item.id} item={item} onOpen={open} now={now} />
            ))
          )}
          <ListPagination
            total={total}
            page={page}
            onChange={setPage}
            testId="notifications-pages"
          />
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="xs">
            {t("notifications.preference.title")}
          </Title>
          <NotificationPreferenceForm />
        </Card>
      </Stack>
    </>
  );
}
