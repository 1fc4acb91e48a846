// One document: its text (the open version in the editor, or any version read-only), the
// buttons that move the version along (承認依頼 → 承認 → 公開), the version history with the
// side-by-side comparison, and the document's metadata.
import { Anchor, Badge, Group, Loader, Select, Stack, Tabs, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { bi } from "../../i18n/index.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { CompareView } from "./CompareView.tsx";
import { DocumentDownloads } from "./DocumentDownloads.tsx";
import { DocumentEditor } from "./DocumentEditor.tsx";
import { DocumentMetaForm } from "./DocumentMetaForm.tsx";
import { STATUS_COLORS, statusLabel } from "./document-labels.ts";
import { useDocument, useVersion } from "./useDocuments.ts";
import { VersionActions } from "./VersionActions.tsx";
import { VersionHistory } from "./VersionHistory.tsx";

export function DocumentView({
  id,
  initialVersion,
  onBack,
}: {
  id: string;
  initialVersion: string | null;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const writable = useCan("documents.write");
  const doc = useDocument(org.id, id);
  const [selected, setSelected] = useState<string | null>(initialVersion);
  const [tab, setTab] = useState<string | null>("text");
  const d = doc.data;
  const vid = selected ?? d?.openVersionId ?? d?.currentVersionId ?? d?.versions[0]?.id ?? null;
  const version = useVersion(org.id, id, vid);

  if (doc.isLoading) return <Loader />;
  if (!d)
    return (
      <Text c="red" data-testid="doc-missing">
        {t("documents.notFound")}
      </Text>
    );
  const v = version.data;
  const editable = writable && v?.status === "draft" && !d.archivedAt;

  return (
    <Stack gap="md">
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={onBack}
        style={{ alignSelf: "flex-start" }}
        data-testid="doc-back"
      >
        ← {t("documents.backToList")}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text c="dimmed" size="sm">
            {d.number} ・ {bi(d.kindLabel)}
          </Text>
          <Title order={1} size="h2" data-testid="doc-title">
            {d.title}
          </Title>
        </div>
        {d.archivedAt && <Badge color="gray">{t("documents.archived")}</Badge>}
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="text" data-testid="doc-tab-text">
            {t("documents.tabs.text")}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="doc-tab-history">
            {t("documents.tabs.history")}
          </Tabs.Tab>
          <Tabs.Tab value="compare" data-testid="doc-tab-compare">
            {t("documents.tabs.compare")}
          </Tabs.Tab>
          <Tabs.Tab value="info" data-testid="doc-tab-info">
            {t("documents.tabs.info")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="text" pt="md">
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <Group gap="xs">
                <Select
                  size="xs"
                  w={220}
                  aria-label={t("documents.pickVersion")}
                  data={d.versions.map((x) => ({
                    value: x.id,
                    label: `${t("documents.versionNo", { no: x.versionNo })} ${statusLabel(x.status)}`,
                  }))}
                  value={vid}
                  allowDeselect={false}
                  onChange={setSelected}
                  data-testid="doc-version-pick"
                />
                {v && (
                  <Badge
                    color={STATUS_COLORS[v.status as keyof typeof STATUS_COLORS]}
                    variant="light"
                    data-testid="doc-version-status"
                  >
                    {statusLabel(v.status)}
                  </Badge>
                )}
              </Group>
              {v && <VersionActions doc={d} version={v} onOpened={setSelected} />}
              {v && <DocumentDownloads orgId={org.id} documentId={d.id} versionId={v.id} />}
            </Group>
            {v ? (
              <DocumentEditor
                key={`${v.id}:${editable}`}
                orgId={org.id}
                documentId={d.id}
                version={v}
                editable={editable}
                reload={async () => (await version.refetch()).data}
              />
            ) : (
              <Loader size="sm" />
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <VersionHistory
            doc={d}
            onShow={(versionId) => {
              setSelected(versionId);
              setTab("text");
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="compare" pt="md">
          <CompareView doc={d} />
        </Tabs.Panel>
        <Tabs.Panel value="info" pt="md">
          <DocumentMetaForm doc={d} onDeleted={onBack} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
