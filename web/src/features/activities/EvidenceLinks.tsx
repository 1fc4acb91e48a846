// A record's evidence as the record view shows it: each link with its kind, the record's name as
// a link to that record (when the reader may open its page), or 削除済み once it is gone.
import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { can } from "@src/core/access/permissions.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOrg } from "../orgs/OrgContext.tsx";
import { type Evidence, evidenceTarget } from "./evidence-links.ts";

function Target({ e }: { e: Evidence }) {
  const { t } = useTranslation();
  const org = useOrg();
  if (e.name === null)
    return (
      <Text size="sm" c="dimmed">
        {t("activities.evidence.deleted")}
      </Text>
    );
  const target = evidenceTarget(e);
  if (!target || !can(org.role, target.permission)) return <Text size="sm">{e.name}</Text>;
  return (
    <Anchor component={Link} to={`/orgs/${org.id}/${target.path}`} size="sm">
      {e.name}
    </Anchor>
  );
}

export function EvidenceLinks({ evidence }: { evidence: readonly Evidence[] }) {
  const { t } = useTranslation();
  if (evidence.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("activities.evidence.none")}
      </Text>
    );
  return (
    <Stack gap={4} data-testid="activity-evidence">
      {evidence.map((e) => (
        <Group key={`${e.capability}:${e.id}`} gap="xs" wrap="nowrap">
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {t(`activities.evidence.kind.${e.capability}`, { defaultValue: e.capability })}
          </Badge>
          <Target e={e} />
        </Group>
      ))}
    </Stack>
  );
}
