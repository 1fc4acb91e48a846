// 「テンプレートから作成」: the starter templates (policies, rules, forms) with what each is for
// and the J items it answers; create one (its number can be changed) or every template not yet
// used at once. The created document opens with its first draft.
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  ScrollArea,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { fromTemplateInput } from "@src/modules/documents/documents.templates.contract.ts";
import { IconTemplate } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { bi } from "../../i18n/index.ts";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import {
  type TemplateListItem,
  useCreateFromTemplate,
  useCreateStarterSet,
  useDocumentTemplates,
} from "./useDocumentTemplates.ts";

/** The register's header button and its dialog (shown to those who may write documents). */
export function DocumentTemplateButton({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconTemplate size={16} />}
        onClick={() => setOpened(true)}
        data-testid="doc-templates"
      >
        {t("documentTemplates.open")}
      </Button>
      <DocumentTemplateDialog
        opened={opened}
        onClose={() => setOpened(false)}
        onCreated={onCreated}
      />
    </>
  );
}

export function DocumentTemplateDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const templates = useDocumentTemplates(org.id, opened);
  const [chosen, setChosen] = useState<TemplateListItem | null>(null);
  const starter = useCreateStarterSet(org.id, {
    notice: (out) =>
      t("documentTemplates.starterDone", {
        created: out.created.length,
        skipped: out.skipped.length,
      }),
    onSuccess: onClose,
    errorsAs: "notice",
  });
  const items = templates.data?.items ?? [];
  const unused = items.filter((i) => i.created.length === 0).length;
  const close = () => {
    setChosen(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t("documentTemplates.title")} size="xl">
      {chosen ? (
        <CreateOne
          template={chosen}
          onBack={() => setChosen(null)}
          onCreated={(id) => {
            close();
            onCreated(id);
          }}
        />
      ) : (
        <Stack data-testid="doc-templates-modal">
          <Text size="sm" c="dimmed">
            {t("documentTemplates.intro")}
          </Text>
          {templates.isError && <Alert color="red">{errorMessage(templates.error)}</Alert>}
          <Card withBorder padding="sm" bg="var(--mantine-color-blue-0)">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">
                {t("documentTemplates.starterIntro", { count: unused, total: items.length })}
              </Text>
              <Button
                onClick={() => starter.run()}
                loading={starter.busy}
                disabled={unused === 0}
                data-testid="doc-templates-starter"
              >
                {t("documentTemplates.starter")}
              </Button>
            </Group>
          </Card>
          <ScrollArea.Autosize mah="55vh" type="auto" offsetScrollbars>
            <Stack gap="xs">
              {templates.isPending && <Text c="dimmed">{t("common.loading")}</Text>}
              {items.map((item) => (
                <TemplateCard key={item.key} item={item} onChoose={() => setChosen(item)} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Modal>
  );
}

function TemplateCard({ item, onChoose }: { item: TemplateListItem; onChoose: () => void }) {
  const { t } = useTranslation();
  const title = bi({ ja: item.title, en: item.titleEn });
  return (
    <Card withBorder padding="sm" data-testid="doc-template" data-key={item.key}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ flex: 1 }}>
          <Group gap={6}>
            <Badge variant="outline" color="gray" size="sm">
              {item.number}
            </Badge>
            <Text fw={600} size="sm">
              {title}
            </Text>
            <Badge size="xs" variant="light" color="gray">
              {bi(item.kindLabel)}
            </Badge>
            {item.created.map((c) => (
              <Badge
                key={c.id}
                size="xs"
                variant="light"
                color="teal"
                data-testid="doc-template-created"
              >
                {t("documentTemplates.created", { number: c.number })}
              </Badge>
            ))}
          </Group>
          <Text size="sm">{bi(item.summary)}</Text>
          <Text size="xs" c="dimmed">
            {t("documentTemplates.refs", { refs: item.refs.join("、") })}
          </Text>
        </Stack>
        <Button size="xs" variant="light" onClick={onChoose} data-testid="doc-template-choose">
          {t("documentTemplates.choose")}
        </Button>
      </Group>
    </Card>
  );
}

type Values = { number: string };

/** The chosen template's number (the template's unless it is changed), then 作成. */
function CreateOne({
  template,
  onBack,
  onCreated,
}: {
  template: TemplateListItem;
  onBack: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const payload = (v: Values) => ({ templateKey: template.key, number: v.number.trim() });
  const form = useForm<Values>({
    initialValues: { number: template.number },
    validate: contractResolver(fromTemplateInput, { payload }),
  });
  const save = useCreateFromTemplate(org.id, {
    form,
    notice: t("documentTemplates.createdOne", { title: template.title }),
    onSuccess: (out) => onCreated(out.id),
  });
  useFillOnOpen(form, template.key, () => ({ number: template.number }), save.reset);
  return (
    <form onSubmit={form.onSubmit((v) => save.run(payload(v)))}>
      <Stack data-testid="doc-template-create">
        <Text fw={600}>{bi({ ja: template.title, en: template.titleEn })}</Text>
        <Text size="sm" c="dimmed">
          {bi(template.summary)}
        </Text>
        <TextInput
          label={t("documentTemplates.number")}
          description={template.created.length > 0 ? t("documentTemplates.numberTaken") : undefined}
          withAsterisk
          {...form.getInputProps("number")}
          data-testid="doc-template-number"
        />
        <ModalFooter
          error={save.error}
          onCancel={onBack}
          confirmText={t("documentTemplates.create")}
          confirmTestId="doc-template-submit"
          loading={save.busy}
        />
      </Stack>
    </form>
  );
}
