// 規模区分 and the fee estimate, recomputed as the form changes with the same pure rules the
// server uses (src/core/fees), so the figures match what will be saved.
import { Badge, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import {
  AMOUNT_UNKNOWN,
  estimateFees,
  type FeeBreakdown,
  PRIVACY_MARK_FEES,
} from "@src/core/fees/fees.ts";
import { classifySize, type SizeClassResult } from "@src/core/fees/size-class.ts";
import { useTranslation } from "react-i18next";
import { formatDate, formatYen } from "../../lib/format.ts";
import type { ProfileFormValues } from "./profile-form.ts";

const colors = { small: "teal", medium: "blue", large: "grape", ineligible: "gray" } as const;
const rows = ["application", "examination", "registration"] as const;

function classify(values: ProfileFormValues, staffInRegister: number): SizeClassResult | null {
  const declared = typeof values.employeeCount === "number" ? values.employeeCount : null;
  const staff = declared ?? staffInRegister;
  if (!values.industry || staff <= 0 || !Number.isInteger(staff)) return null;
  const capital = values.noCapital
    ? ("none" as const)
    : typeof values.capital === "number"
      ? values.capital
      : null;
  try {
    return classifySize({ industry: values.industry, capitalYen: capital, employeeCount: staff });
  } catch {
    return null;
  }
}

export function SizeClassCard({
  values,
  staffInRegister,
}: {
  values: ProfileFormValues;
  staffInRegister: number;
}) {
  const { t, i18n } = useTranslation();
  const result = classify(values, staffInRegister);
  const fees = result && result.sizeClass !== "ineligible" ? estimateFees(result.sizeClass) : null;
  const lang = i18n.language === "en" ? "en" : "ja";

  return (
    <Card withBorder padding="lg" data-testid="size-class-card">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t("profile.sizeClassTitle")}
          </Title>
          {result && (
            <Badge size="lg" color={colors[result.sizeClass]} data-testid="size-class">
              {t(`sizeClass.${result.sizeClass}`)}
            </Badge>
          )}
        </Group>
        {!result && (
          <Text size="sm" c="dimmed">
            {t("profile.sizeClassMissing")}
          </Text>
        )}
        {result && <Text size="sm">{result.rule[lang]}</Text>}
        {fees && (
          <>
            <Table withTableBorder withColumnBorders data-testid="fee-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  <Table.Th ta="right">{t("fees.newApplication")}</Table.Th>
                  <Table.Th ta="right">{t("fees.renewal")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <FeeRow key={row} label={t(`fees.${row}`)} pick={(f) => f[row]} fees={fees} />
                ))}
                <FeeRow label={t("fees.total")} pick={(f) => f.total} fees={fees} bold />
              </Table.Tbody>
            </Table>
            <Table withTableBorder data-testid="fee-extras">
              <Table.Tbody>
                {PRIVACY_MARK_FEES.extras.map((extra) => (
                  <Table.Tr key={extra.key} data-testid={`fee-extra-${extra.key}`}>
                    <Table.Td>{extra.label[lang]}</Table.Td>
                    <Table.Td ta="right">
                      {extra.amountYen === null ? AMOUNT_UNKNOWN[lang] : formatYen(extra.amountYen)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed" data-testid="fee-note">
              {t("fees.note", { date: formatDate(PRIVACY_MARK_FEES.asOf) })}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}

function FeeRow({
  label,
  pick,
  fees,
  bold,
}: {
  label: string;
  pick: (f: FeeBreakdown) => number;
  fees: { newApplication: FeeBreakdown; renewal: FeeBreakdown };
  bold?: boolean;
}) {
  const fw = bold ? 700 : undefined;
  return (
    <Table.Tr>
      <Table.Td fw={fw}>{label}</Table.Td>
      <Table.Td ta="right" fw={fw} style={{ fontVariantNumeric: "tabular-nums" }}>
        {formatYen(pick(fees.newApplication))}
      </Table.Td>
      <Table.Td ta="right" fw={fw} style={{ fontVariantNumeric: "tabular-nums" }}>
        {formatYen(pick(fees.renewal))}
      </Table.Td>
    </Table.Tr>
  );
}
