// One register item: its form and, once saved, its lifecycle flow with the flow diagram.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Stack,
  Tabs,
  Text,
  Title,
} from "@mantine/core";
import { IconAlertTriangle, IconArrowLeft, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { formatDate } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useDepartments } from "../departments/useDepartments.ts";
import { AttachmentsPanel } from "../files/AttachmentsPanel.tsx";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { FlowPanel } from "./FlowPanel.tsx";
import { ItemForm } from "./ItemForm.tsx";
import { reviewOverdue } from "./inventory-fields.ts";
import { useDeleteItem, useInventoryItem } from "./useInventory.ts";

export function ItemPage({
  id,
  tab,
  onNavigate,
}: {
  /** null: a new item. */
  id: string | null;
  tab: string | null;
  onNavigate: (id: string | null, tab?: string, replace?: boolean) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("inventory.write");
  const departments = useDepartments(org.id);
  const item = useInventoryItem(org.id, id);
  const [deleting, setDeleting] = useState(false);
  const back = () => onNavigate(null);

  const remove = useDeleteItem(org.id, { notice: t("common.deleted"), onSuccess: back });

  const header = (
    <Anchor component="button" type="button" size="sm" onClick={back} data-testid="item-back">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t("inventory.backToList")}
      </Group>
    </Anchor>
  );

  if (id === null) {
    return (
      <Stack gap="md">
        {header}
        <Title order={1} size="h2">
          {t("inventory.add")}
        </Title>
        <ItemForm
          item={null}
          departments={departments.data?.items ?? []}
          editable={editable}
          onSaved={(newId) => onNavigate(newId, undefined, true)}
          onCancel={back}
        />
      </Stack>
    );
  }
  if (item.isPending) return <Loader m="xl" />;
  if (item.isError) {
    return (
      <Stack>
        {header}
        <Alert color="red">{errorMessage(item.error)}</Alert>
      </Stack>
    );
  }

  const data = item.data;
  const current = tab === "flow" || tab === "files" ? tab : "content";
  return (
    <Stack gap="md">
      {header}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2" data-testid="item-title">
            {data.name}
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {data.departmentName ?? t("inventory.noDepartment")}
            </Text>
            {data.sensitive && (
              <Badge color="grape" variant="light">
                {t("inventory.sensitiveBadge")}
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              {t("inventory.lastReviewed", { date: formatDate(data.lastReviewedOn) })}
            </Text>
            {reviewOverdue(data.lastReviewedOn ?? data.identifiedOn) && (
              <Badge size="sm" color="orange">
                {t("inventory.overdueBadge")}
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="xs">
          <Button
            component={Link}
            to={`../risks?itemId=${encodeURIComponent(data.id)}`}
            variant="default"
            leftSection={<IconAlertTriangle size={16} />}
            data-testid="item-risks-link"
          >
            {t("inventory.openRisks")}
          </Button>
          {editable && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => setDeleting(true)}
              data-testid="item-delete"
            >
              {t("common.delete")}
            </Button>
          )}
        </Group>
      </Group>
      <Tabs
        value={current}
        onChange={(v) => onNavigate(data.id, v === "flow" || v === "files" ? v : undefined)}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="content" data-testid="item-tab-content">
            {t("inventory.tab.content")}
          </Tabs.Tab>
          <Tabs.Tab value="flow" data-testid="item-tab-flow">
            {t("inventory.tab.flow")}
          </Tabs.Tab>
          <Tabs.Tab value="files" data-testid="item-tab-files">
            {t("files.tab")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="content">
          <ItemForm
            key={data.updatedAt}
            item={data}
            departments={departments.data?.items ?? []}
            editable={editable}
            onSaved={() => undefined}
            onCancel={back}
          />
        </Tabs.Panel>
        <Tabs.Panel value="flow">
          <FlowPanel item={data} editable={editable} />
        </Tabs.Panel>
        <Tabs.Panel value="files">
          <AttachmentsPanel
            owner={{ kind: "inventory_item", id: data.id }}
            writeAction="inventory.write"
          />
        </Tabs.Panel>
      </Tabs>
      <ConfirmModal
        opened={deleting}
        message={t("inventory.confirmDelete", { name: data.name })}
        onConfirm={() => (id ? remove.runOrThrow(id) : Promise.resolve())}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
}
