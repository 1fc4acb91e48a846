// 提案から追加: choose several register items and phases, tick suggestions from the library of
// typical risks of those phases, see what will be added (the server's plan, per item and
// phase, without what the items have already), and add it all in one write. The new rows are
// 未評価: the library's typical ratings wait for a person to check them.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  ScrollArea,
  Stack,
  Text,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import type { RiskMatrix } from "@src/core/registers/risk-matrix.ts";
import {
  type FromSuggestionsOut,
  fromSuggestionsInput,
} from "@src/modules/risks/risks.contract.ts";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { ItemMultiSelect } from "../inventory/ItemPickers.tsx";
import { useOrg } from "../orgs/OrgContext.tsx";
import { phaseLabel, phaseOptions } from "./risk-labels.ts";
import { SuggestionPreview } from "./SuggestionPreview.tsx";
import { SuggestionRow } from "./SuggestionRow.tsx";
import { useAddFromSuggestions, useSuggestions, useSuggestionsPreview } from "./useRisks.ts";

type Values = { itemIds: string[]; phases: string[]; suggestionIds: string[] };

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
  onAdded: (itemIds: string[], result: FromSuggestionsOut) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const form = useForm<Values>({
    initialValues: { itemIds: [], phases: [], suggestionIds: [] },
    validate: contractResolver(fromSuggestionsInput, {
      payload: (v: Values) => ({ itemIds: v.itemIds, suggestionIds: v.suggestionIds }),
    }),
  });
  const { itemIds, phases, suggestionIds: chosen } = form.values;
  // The items chosen last time stay chosen (adding to several items takes one round, not one
  // per item), unless the page is filtered on an item.
  const lastItems = useRef<string[]>([]);
  const library = useSuggestions(null, opened);
  const ready = itemIds.length > 0 && chosen.length > 0;
  const preview = useSuggestionsPreview(
    org.id,
    opened && ready ? { itemIds, suggestionIds: chosen } : null,
  );
  const adding = useAddFromSuggestions(org.id, {
    form,
    notice: (res) => t("risks.suggestions.added", { count: res.added }),
    onSuccess: (res, body) => {
      lastItems.current = body.itemIds;
      onAdded(body.itemIds, res);
      onClose();
    },
  });
  useFillOnOpen(
    form,
    opened,
    () => ({
      itemIds: defaultItemId ? [defaultItemId] : lastItems.current,
      phases: defaultPhase ? [defaultPhase] : [],
      suggestionIds: [],
    }),
    adding.reset,
  );

  const inPhase = (p: string) => (library.data?.items ?? []).filter((s) => s.phase === p);
  function choosePhases(next: string[]) {
    // Suggestions of a phase no longer chosen are dropped with it.
    const keep = new Set(next.flatMap((p) => inPhase(p).map((s) => s.id)));
    form.setValues({ phases: next, suggestionIds: chosen.filter((id) => keep.has(id)) });
  }
  function togglePhase(p: string, on: boolean) {
    const ids = inPhase(p).map((s) => s.id);
    const others = chosen.filter((id) => !ids.includes(id));
    form.setFieldValue("suggestionIds", on ? [...others, ...ids] : others);
  }

  const add = form.onSubmit((v) => {
    if (v.itemIds.length > 0 && v.suggestionIds.length > 0)
      void adding.run({ itemIds: v.itemIds, suggestionIds: v.suggestionIds });
  });
  const toAdd = preview.data?.added ?? 0;

  return (
    <Modal opened={opened} onClose={onClose} title={t("risks.suggestions.title")} size="xl">
      <Stack data-testid="suggestions-modal">
        <Text size="sm" c="dimmed">
          {t("risks.suggestions.intro")}
        </Text>
        <ItemMultiSelect
          emptyText={t("risks.noItem")}
          label={t("risks.suggestions.items")}
          required
          initial={
            defaultItemId && defaultItemLabel ? [{ id: defaultItemId, name: defaultItemLabel }] : []
          }
          {...form.getInputProps("itemIds")}
          data-testid="suggestions-items"
        />
        <Checkbox.Group
          label={t("risks.suggestions.phases")}
          value={phases}
          onChange={choosePhases}
          error={form.errors.phases}
          data-testid="suggestions-phases"
        >
          <Group gap="md" mt={4}>
            {phaseOptions().map((o) => (
              <Checkbox
                key={o.value}
                value={o.value}
                label={o.label}
                data-testid={`suggestions-phase-${o.value}`}
              />
            ))}
          </Group>
        </Checkbox.Group>
        {phases.length === 0 ? (
          <Alert color="gray">{t("risks.suggestions.pickPhase")}</Alert>
        ) : library.isLoading ? (
          <Loader size="sm" />
        ) : (
          <ScrollArea.Autosize mah="40vh">
            <Checkbox.Group
              value={chosen}
              onChange={(ids) => form.setFieldValue("suggestionIds", ids)}
            >
              <Stack gap="md">
                {phaseOptions()
                  .filter((o) => phases.includes(o.value))
                  .map((o) => {
                    const list = inPhase(o.value);
                    const n = list.filter((s) => chosen.includes(s.id)).length;
                    return (
                      <Stack key={o.value} gap="xs" data-testid={`suggestions-group-${o.value}`}>
                        <Checkbox
                          fw={600}
                          label={t("risks.suggestions.allOfPhase", {
                            phase: phaseLabel(o.value),
                            count: list.length,
                          })}
                          checked={list.length > 0 && n === list.length}
                          indeterminate={n > 0 && n < list.length}
                          onChange={(e) => togglePhase(o.value, e.currentTarget.checked)}
                          data-testid={`suggestions-all-${o.value}`}
                        />
                        {list.map((s) => (
                          <SuggestionRow key={s.id} s={s} matrix={matrix} />
                        ))}
                      </Stack>
                    );
                  })}
              </Stack>
            </Checkbox.Group>
          </ScrollArea.Autosize>
        )}
        {ready && <SuggestionPreview data={preview.data} loading={preview.isFetching} />}
        <FormError message={adding.error} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t("risks.suggestions.chosen", { count: chosen.length, items: itemIds.length })}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button
              onClick={() => add()}
              loading={adding.busy}
              disabled={!ready || !preview.data || preview.isFetching || toAdd === 0}
              data-testid="suggestions-add"
            >
              {t("risks.suggestions.add", { count: toAdd })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
