// What the public page shows: the external policy and 公表事項, each with where it stands in the
// document register (only a published version appears on the page) and a link to it there.
// 公表事項 is drafted from the profile and the register with one button.
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { PageDocumentState } from "@src/modules/public-page/public-page.contract.ts";
import { IconFileText } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormError } from "../../components/FormError.tsx";
import { formatDate } from "../../lib/format.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { documentStage, STAGE_COLORS } from "./public-page-labels.ts";
import { type PublicPage, useDraftDisclosure } from "./usePublicPage.ts";

function DocumentRow({
  kind,
  doc,
}: {
  kind: "policy" | "disclosure";
  doc: PageDocumentState | null;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const stage = documentStage(doc);
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      align="flex-start"
      data-testid={`page-doc-${kind}`}
    >
      <Stack gap={2}>
        <Text fw={600}>{t(`publicPage.docs.${kind}`)}</Text>
        {doc ? (
          <Anchor component={Link} to={`/orgs/${org.id}/documents?doc=${doc.documentId}`} size="sm">
            {doc.number} {doc.title}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t(`publicPage.docs.${kind}Missing`)}
          </Text>
        )}
        {doc?.publishedVersionNo && (
          <Text size="xs" c="dimmed">
            {t("publicPage.docs.inForce", {
              version: doc.publishedVersionNo,
              date: formatDate(doc.effectiveOn),
            })}
          </Text>
        )}
      </Stack>
      <Badge color={STAGE_COLORS[stage]} variant="light" data-testid={`page-doc-${kind}-stage`}>
        {t(`publicPage.stage.${stage}`)}
      </Badge>
    </Group>
  );
}

export function PageDocumentsCard({ page }: { page: PublicPage }) {
  const { t } = useTranslation();
  const org = useOrg();
  const canDraft = useCan("documents.write");
  const draft = useDraftDisclosure(org.id, {
    notice: (r) => t(r.created ? "publicPage.docs.created" : "publicPage.docs.refreshed"),
  });
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Group gap="xs">
          <IconFileText size={20} />
          <Title order={3} size="h4">
            {t("publicPage.docs.title")}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t("publicPage.docs.explain")}
        </Text>
        <DocumentRow kind="policy" doc={page.policy} />
        <DocumentRow kind="disclosure" doc={page.disclosure} />
        {canDraft && (
          <Stack gap={4}>
            <FormError message={draft.error} />
            <Group>
              <Button
                variant="light"
                loading={draft.busy}
                onClick={() => draft.run()}
                data-testid="page-draft-disclosure"
              >
                {t(page.disclosure ? "publicPage.docs.refresh" : "publicPage.docs.create")}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t("publicPage.docs.draftExplain")}
            </Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
