// The evidence of an assessment: each link with its kind, the record's current name (a
// deleted record is flagged) and the assessor's words; removable while editing.
import { ActionIcon, Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { EVIDENCE_KIND_LABELS } from "@src/core/requirements/assessment.ts";
import { IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOrg } from "../orgs/OrgContext.tsx";
import { bi } from "../readiness/readiness-labels.ts";
import type { EvidenceDraft } from "./EvidencePicker.tsx";

export type EvidenceShown = EvidenceDraft & { missing?: boolean };

function Target({ e }: { e: EvidenceShown }) {
  const { t } = useTranslation();
  const org = useOrg();
  if (e.kind === "url")
    return (
      <Anchor href={e.id} target="_blank" rel="noopener noreferrer" size="sm">
        {e.id}
      </Anchor>
    );
  const name = e.name ?? t("assessments.evidence.unnamed");
  if (e.kind === "inventory_item" && !e.missing)
    return (
      <Anchor component={Link} to={`/orgs/${org.id}/inventory?item=${e.id}`} size="sm">
        {name}
      </Anchor>
    );
  return <Text size="sm">{name}</Text>;
}

export function EvidenceList({
  items,
  onRemove,
}: {
  items: EvidenceShown[];
  onRemove?: (index: number) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("assessments.evidence.none")}
      </Text>
    );
  return (
    <Stack gap={4} data-testid="evidence-list">
      {items.map((e, i) => (
        <Group key={`${e.kind}:${e.id}`} gap="xs" wrap="nowrap">
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {bi(EVIDENCE_KIND_LABELS[e.kind])}
          </Badge>
          <Target e={e} />
          {e.label && (
            <Text size="xs" c="dimmed">
              {e.label}
            </Text>
          )}
          {e.missing && (
            <Badge color="red" variant="light">
              {t("assessments.evidence.missing")}
            </Badge>
          )}
          {onRemove && (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              onClick={() => onRemove(i)}
              aria-label={t("assessments.evidence.remove")}
              data-testid="evidence-remove"
            >
              <IconX size={14} />
            </ActionIcon>
          )}
        </Group>
      ))}
    </Stack>
  );
}
