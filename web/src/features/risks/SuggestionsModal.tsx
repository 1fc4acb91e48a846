// 提案から追加: choose a register item and a phase, tick suggestions from the library of
// typical risks for that phase, and create one risk row per ticked suggestion in one call.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  Modal,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { type RiskMatrix, scoreRisk } from "@src/core/registers/risk-matrix.ts";
import { mapTypicalValue } from "@src/modules/risks/risks.suggestions.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { FormError } from "../../components/FormError.tsx";
import { errorMessage, notifySuccess } from "../../lib/notify.ts";
import { ItemSelect } from "../inventory/ItemPickers.tsx";
import { orgKey, useOrg } from "../orgs/OrgContext.tsx";
import { LevelBadge } from "./LevelBadge.tsx";
import { bi, kindLabel, phaseOptions } from "./risk-labels.ts";
import { risksPath, type Suggestion, useSuggestions } from "./useRisks.ts";

/** The level a suggestion's typical values get on this organization's matrix. */
function typicalScore(matrix: RiskMatrix, s: Suggestion) {
  const typical = (v: number) => Math.min(3, Math.max(1, v)) as 1 | 2 | 3;
  return scoreRisk(
    matrix,
    mapTypicalValue(typical(s.typicalLikelihood), matrix.likelihood),
    mapTypicalValue(typical(s.typicalImpact), matrix.impact),
  );
}

export function SuggestionsModal({
  opened,
  matrix,
  defaultItemId,
  defaultItemLabel,
  defaultPhase,
  onClose,
  onAdded,
}: {
  opened: boolean;
  matrix: RiskMatrix;
  defaultItemId?: string | null;
  defaultItemLabel?: string;
  defaultPhase?: string | null;
  onClose: () => void;
  /** The rows were created: show them. */
  onAdded: (itemId: string, phase: string, ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const queryClient = useQueryClient();
  const [itemId, setItemId] = useState<string | null>(null);
  const [phase, setPhase] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const suggestions = useSuggestions(phase, opened && phase !== null);
  const items = suggestions.data?.items ?? [];

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time it opens
  useEffect(() => {
    if (!opened) return;
    setItemId(defaultItemId ?? null);
    setPhase(defaultPhase ?? null);
    setChosen([]);
    setError(null);
  }, [opened]);

  function choosePhase(p: string | null) {
    setPhase(p);
    setChosen([]);
  }

  async function add() {
    if (!itemId || !phase || chosen.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const res = await api.post<{ ids: string[] }>(risksPath(org.id, "/from-suggestions"), {
        itemId,
        phase,
        suggestionIds: chosen,
      });
      notifySuccess(t("risks.suggestions.added", { count: res.ids.length }));
      await queryClient.invalidateQueries({ queryKey: orgKey(org.id) });
      onAdded(itemId, phase, res.ids);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const allChosen = items.length > 0 && chosen.length === items.length;
  return (
    <Modal opened={opened} onClose={onClose} title={t("risks.suggestions.title")} size="xl">
      <Stack data-testid="suggestions-modal">
        <Text size="sm" c="dimmed">
          {t("risks.suggestions.intro")}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <ItemSelect
            emptyText={t("risks.noItem")}
            label={t("risks.item")}
            required
            value={itemId}
            onChange={setItemId}
            initialLabel={itemId === defaultItemId ? defaultItemLabel : undefined}
            data-testid="suggestions-item"
          />
          <Select
            label={t("risks.phase")}
            required
            data={phaseOptions()}
            value={phase}
            onChange={choosePhase}
            allowDeselect={false}
            data-testid="suggestions-phase"
          />
        </SimpleGrid>
        {phase === null ? (
          <Alert color="gray">{t("risks.suggestions.pickPhase")}</Alert>
        ) : suggestions.isLoading ? (
          <Loader size="sm" />
        ) : (
          <>
            <Checkbox
              label={t("risks.suggestions.all", { count: items.length })}
              checked={allChosen}
              indeterminate={chosen.length > 0 && !allChosen}
              onChange={() => setChosen(allChosen ? [] : items.map((s) => s.id))}
              data-testid="suggestions-all"
            />
            <ScrollArea.Autosize mah="50vh">
              <Checkbox.Group value={chosen} onChange={setChosen}>
                <Stack gap="sm">
                  {items.map((s) => (
                    <SuggestionRow key={s.id} s={s} matrix={matrix} />
                  ))}
                </Stack>
              </Checkbox.Group>
            </ScrollArea.Autosize>
          </>
        )}
        <FormError message={error} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t("risks.suggestions.chosen", { count: chosen.length })}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button
              onClick={add}
              loading={busy}
              disabled={!itemId || !phase || chosen.length === 0}
              data-testid="suggestions-add"
            >
              {t("risks.suggestions.add", { count: chosen.length })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

function SuggestionRow({ s, matrix }: { s: Suggestion; matrix: RiskMatrix }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      value={s.id}
      data-testid={`suggestion-${s.id}`}
      styles={{ body: { alignItems: "flex-start" }, labelWrapper: { width: "100%" } }}
      label={
        <Stack gap={4}>
          <Group gap="xs" justify="space-between" wrap="nowrap">
            <Text size="sm" fw={500}>
              {bi(s.risk)}
            </Text>
            <Group gap={4} wrap="nowrap">
              <Text size="xs" c="dimmed">
                {kindLabel(s.kind)}
              </Text>
              <LevelBadge score={typicalScore(matrix, s)} detail={t("risks.suggestions.typical")} />
            </Group>
          </Group>
          {s.countermeasures.length > 0 && (
            <List size="xs" c="dimmed" withPadding>
              {s.countermeasures.map((c) => (
                <List.Item key={c.ja}>{bi(c)}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      }
    />
  );
}
