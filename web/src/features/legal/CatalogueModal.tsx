// 「カタログから追加」: the catalogue entries not yet in the register, each with when it applies
// and its articles; several can be picked and added at once.
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { errorMessage } from "../../lib/notify.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { CatalogueInfo } from "./CatalogueInfo.tsx";
import { kindLabel, pick } from "./legal-labels.ts";
import { type LawEntry, useAddFromCatalogue, useCatalogue, useTakenLawIds } from "./useLegal.ts";

const matches = (law: LawEntry, term: string) => {
  const t = term.toLowerCase();
  return [law.name.ja, law.name.en, law.formalName?.ja, law.formalName?.en].some((n) =>
    n?.toLowerCase().includes(t),
  );
};

export function CatalogueModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const catalogue = useCatalogue();
  const taken = useTakenLawIds(org.id, opened);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [search, setSearch] = useState("");
  const adding = useAddFromCatalogue(org.id, {
    notice: (added) => t("legal.catalogue.done", { count: added }),
    onSuccess: onClose,
  });
  const resetAdding = adding.reset;

  useEffect(() => {
    if (!opened) return;
    setPicked(new Set());
    setSearch("");
    resetAdding();
  }, [opened, resetAdding]);

  const open = (catalogue.data?.items ?? []).filter((l) => !taken.data?.has(l.id));
  const shown = search.trim() ? open.filter((l) => matches(l, search.trim())) : open;
  const loading = catalogue.isPending || taken.isPending;

  function toggle(id: string, on: boolean) {
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  const add = () => adding.run(open.filter((l) => picked.has(l.id)).map((l) => l.id));

  const baseline = open.filter((l) => l.baseline).map((l) => l.id);

  return (
    <Modal opened={opened} onClose={onClose} title={t("legal.catalogue.title")} size="xl">
      <Stack data-testid="legal-catalogue-modal">
        <Text size="sm" c="dimmed">
          {t("legal.catalogue.intro")}
        </Text>
        {(catalogue.isError || taken.isError) && (
          <Alert color="red">{errorMessage(catalogue.error ?? taken.error)}</Alert>
        )}
        <Group justify="space-between">
          <TextInput
            placeholder={t("legal.catalogue.search")}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={280}
            data-testid="legal-catalogue-search"
          />
          {baseline.length > 0 && (
            <Button
              variant="subtle"
              size="xs"
              onClick={() => setPicked(new Set([...picked, ...baseline]))}
              data-testid="legal-catalogue-pick-baseline"
            >
              {t("legal.catalogue.pickBaseline")}
            </Button>
          )}
        </Group>
        <ScrollArea.Autosize mah="55vh" type="auto" offsetScrollbars>
          <Stack gap="xs">
            {loading && <Text c="dimmed">{t("common.loading")}</Text>}
            {!loading && open.length === 0 && (
              <Text c="dimmed" ta="center" py="lg" data-testid="legal-catalogue-all-added">
                {t("legal.catalogue.allAdded")}
              </Text>
            )}
            {!loading && open.length > 0 && shown.length === 0 && (
              <Text c="dimmed" ta="center" py="lg">
                {t("legal.catalogue.noMatch")}
              </Text>
            )}
            {shown.map((law) => (
              <Card
                key={law.id}
                withBorder
                padding="sm"
                data-testid="legal-catalogue-entry"
                data-law-id={law.id}
                bg={picked.has(law.id) ? "var(--mantine-color-blue-0)" : undefined}
              >
                <Group align="flex-start" wrap="nowrap" gap="sm">
                  <Checkbox
                    mt={2}
                    checked={picked.has(law.id)}
                    onChange={(e) => toggle(law.id, e.currentTarget.checked)}
                    aria-label={pick(law.name)}
                    data-testid="legal-catalogue-pick"
                  />
                  <Stack gap={4} style={{ flex: 1 }}>
                    <Group gap={6}>
                      <Text
                        fw={600}
                        size="sm"
                        style={{ cursor: "pointer" }}
                        onClick={() => toggle(law.id, !picked.has(law.id))}
                      >
                        {pick(law.name)}
                      </Text>
                      <Badge size="xs" variant="light" color="gray">
                        {kindLabel(law.kind)}
                      </Badge>
                      {!law.verified && (
                        <Tooltip label={t("legal.unverifiedHint")} multiline w={300} withArrow>
                          <Badge
                            size="xs"
                            variant="light"
                            color="yellow"
                            data-testid="legal-catalogue-unverified"
                          >
                            {t("legal.unverified")}
                          </Badge>
                        </Tooltip>
                      )}
                      {law.baseline && (
                        <Badge size="xs" variant="light" color="teal">
                          {t("legal.catalogue.baseline")}
                        </Badge>
                      )}
                    </Group>
                    <CatalogueInfo law={law} compact />
                  </Stack>
                </Group>
              </Card>
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <FormError message={adding.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button
            onClick={add}
            loading={adding.busy}
            disabled={picked.size === 0}
            data-testid="legal-catalogue-add"
          >
            {picked.size > 0
              ? t("legal.catalogue.add", { count: picked.size })
              : t("legal.catalogue.addNone")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
