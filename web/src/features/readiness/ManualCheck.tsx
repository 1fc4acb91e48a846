// The checkbox of a manual rule: ticked by a person (no capability checks it from records yet),
// with who ticked it and when. Read-only for roles that may not record assessments.
import { Checkbox, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../lib/format.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { type RuleResult, useManualCheck } from "./useReadiness.ts";

export function ManualCheck({ rule }: { rule: RuleResult }) {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("assessments.write");
  const check = useManualCheck(org.id, {
    notice: (_, input) =>
      input.done ? t("readiness.manual.ticked") : t("readiness.manual.unticked"),
    errorsAs: "notice",
  });
  const done = check.busy ? Boolean(check.input?.done) : Boolean(rule.check?.done);

  function change(next: boolean) {
    void check.run({ ruleId: rule.ruleId, done: next });
  }

  return (
    <Group gap="sm" wrap="wrap">
      <Checkbox
        checked={done}
        disabled={!editable || check.busy}
        onChange={(e) => change(e.currentTarget.checked)}
        label={t("readiness.manual.label")}
        data-testid={`manual-check-${rule.ruleId}`}
      />
      {rule.check && (
        <Text size="xs" c="dimmed" data-testid={`manual-check-by-${rule.ruleId}`}>
          {t(rule.check.done ? "readiness.manual.by" : "readiness.manual.undoneBy", {
            name: rule.check.checkedByName ?? t("readiness.manual.someone"),
            at: formatDateTime(rule.check.checkedAt),
          })}
        </Text>
      )}
    </Group>
  );
}
