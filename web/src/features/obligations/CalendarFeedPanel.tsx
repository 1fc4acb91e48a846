// The organization's calendar feed (.ics) behind a secret URL: create or replace it (the URL is
// shown once, with a copy button), or revoke it. Subscribed calendars show the due days.
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { useCalendarFeed, useRevokeFeed, useRotateFeed } from "./useObligations.ts";

export function CalendarFeedPanel() {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("obligations.write");
  const feed = useCalendarFeed(org.id);
  const [url, setUrl] = useState<string | null>(null);
  const [revoking, setRevoking] = useState(false);
  const exists = Boolean(feed.data?.exists);
  const rotate = useRotateFeed(org.id, {
    notice: exists ? t("obligations.feed.rotated") : t("obligations.feed.created"),
    onSuccess: (res) => setUrl(res.url ?? null),
    errorsAs: "notice",
  });
  const revoke = useRevokeFeed(org.id, {
    notice: t("obligations.feed.revoked"),
    onSuccess: () => setUrl(null),
  });

  return (
    <Card withBorder padding="md" data-testid="calendar-feed">
      <Stack gap="sm">
        <Text fw={700}>{t("obligations.feed.title")}</Text>
        <Text size="sm" c="dimmed">
          {t("obligations.feed.explain")}
        </Text>
        <Text size="sm" data-testid="calendar-feed-state" data-exists={exists}>
          {exists
            ? t("obligations.feed.exists", {
                at: formatDateTime(feed.data?.createdAt),
                name: feed.data?.createdByName ?? "—",
              })
            : t("obligations.feed.none")}
        </Text>
        {url && (
          <Alert color="blue" data-testid="calendar-feed-url-box">
            <Stack gap="xs">
              <Text size="sm">{t("obligations.feed.onlyOnce")}</Text>
              <Group gap="xs" wrap="nowrap">
                <TextInput
                  value={url}
                  readOnly
                  style={{ flex: 1 }}
                  onFocus={(e) => e.currentTarget.select()}
                  data-testid="calendar-feed-url"
                />
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Tooltip
                      label={copied ? t("obligations.feed.copied") : t("obligations.feed.copy")}
                    >
                      <ActionIcon
                        variant="light"
                        size="lg"
                        color={copied ? "teal" : "blue"}
                        onClick={copy}
                        aria-label={t("obligations.feed.copy")}
                        data-testid="calendar-feed-copy"
                      >
                        {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
        {editable && (
          <Group gap="xs">
            <Button
              onClick={() => rotate.run()}
              loading={rotate.busy}
              variant={exists ? "default" : "filled"}
              data-testid="calendar-feed-create"
            >
              {exists ? t("obligations.feed.rotate") : t("obligations.feed.create")}
            </Button>
            {exists && (
              <Button
                color="red"
                variant="light"
                onClick={() => setRevoking(true)}
                data-testid="calendar-feed-revoke"
              >
                {t("obligations.feed.revoke")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={revoking}
        message={t("obligations.feed.revokeConfirm")}
        confirmLabel={t("obligations.feed.revoke")}
        onConfirm={() => revoke.runOrThrow()}
        onClose={() => setRevoking(false)}
      />
    </Card>
  );
}
