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
import { useForm } from "@mantine/form";
import { type RiskMatrix, scoreRisk } from "@src/core/registers/risk-matrix.ts";
import { mapTypicalValue } from "@src/core/registers/risk-suggestions.ts";
import { fromSuggestionsInput } from "@src/modules/risks/risks.contract.ts";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { ItemSelect } from "../inventory/ItemPickers.tsx";
import { useOrg } from "../orgs/OrgContext.tsx";
import { LevelBadge } from "./LevelBadge.tsx";
import { bi, kindLabel, phaseOptions } from "./risk-labels.ts";
import { type Suggestion, useAddFromSuggestions, useSuggestions } from "./useRisks.ts";

type Values = { itemId: string | null; phase: string | null; suggestionIds: string[] };

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
  const form = useForm<Values>({
    initialValues: { itemId: null, phase: null, suggestionIds: [] },
    validate: contractResolver(fromSuggestionsInput),
  });
  const { itemId, phase, suggestionIds: chosen } = form.values;
  const suggestions = useSuggestions(phase, opened && phase !== null);
  const items = suggestions.data?.items ?? [];
  const adding = useAddFromSuggestions(org.id, {
    form,
    notice: (res) => t("risks.suggestions.added", { count: res.ids.length }),
    onSuccess: (res, body) => {
      onAdded(body.itemId, body.phase ?? "", res.ids);
      onClose();
    },
  });
  // Start afresh each time it opens.
  useFillOnOpen(
    form,
    opened,
    () => ({ itemId: defaultItemId ?? null, phase: defaultPhase ?? null, suggestionIds: [] }),
    adding.reset,
  );

  const setChosen = (ids: string[]) => form.setFieldValue("suggestionIds", ids);
  function choosePhase(p: string | null) {
    form.setValues({ phase: p, suggestionIds: [] });
  }

  const add = form.onSubmit((v) => {
    if (v.itemId && v.phase && v.suggestionIds.length > 0)
      void adding.run({ itemId: v.itemId, phase: v.phase, suggestionIds: v.suggestionIds });
  });

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
            {...form.getInputProps("itemId")}
            initialLabel={itemId === defaultItemId ? defaultItemLabel : undefined}
            data-testid="suggestions-item"
          />
          <Select
            label={t("risks.phase")}
            required
            data={phaseOptions()}
            value={phase}
            onChange={choosePhase}
            error={form.errors.phase}
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
        <FormError message={adding.error} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t("risks.suggestions.chosen", { count: chosen.length })}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button
              onClick={() => add()}
              loading={adding.busy}
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
