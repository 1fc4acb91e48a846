// 新旧対照: two versions side by side, line by line, with the changed lines highlighted
// (changed yellow, removed red, added green); by default the latest version against the one
// before it.
import { Card, Group, Select, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ListTable } from "../../components/ListTable.tsx";
import { useOrg } from "../orgs/OrgContext.tsx";
import { statusLabel } from "./document-labels.ts";
import { type CompareOut, type DocumentOut, useCompare } from "./useDocuments.ts";

const ROW_COLORS: Record<CompareOut["rows"][number]["kind"], [string?, string?]> = {
  same: [],
  changed: ["var(--mantine-color-yellow-1)", "var(--mantine-color-yellow-1)"],
  removed: ["var(--mantine-color-red-1)"],
  added: [undefined, "var(--mantine-color-green-1)"],
};

export function CompareView({ doc }: { doc: DocumentOut }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [to, setTo] = useState<string | null>(doc.versions[0]?.id ?? null);
  const [from, setFrom] = useState<string | null>(
    doc.versions[1]?.id ?? doc.versions[0]?.id ?? null,
  );
  const cmp = useCompare(org.id, doc.id, from, to);
  const options = doc.versions.map((v) => ({
    value: v.id,
    label: `${t("documents.versionNo", { no: v.versionNo })} ${statusLabel(v.status)}`,
  }));
  const rows = cmp.data?.rows ?? [];

  return (
    <Card withBorder>
      <Group mb="sm" align="flex-end">
        <Select
          label={t("documents.compare.from")}
          data={options}
          value={from}
          onChange={setFrom}
          allowDeselect={false}
          w={200}
          data-testid="doc-compare-from"
        />
        <Select
          label={t("documents.compare.to")}
          data={options}
          value={to}
          onChange={setTo}
          allowDeselect={false}
          w={200}
          data-testid="doc-compare-to"
        />
        {cmp.data && (
          <Text size="sm" c="dimmed" data-testid="doc-compare-summary">
            {t("documents.compare.summary", cmp.data)}
          </Text>
        )}
      </Group>
      <ListTable minWidth={760} loading={cmp.isLoading} testId="doc-compare">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} />
            <Table.Th>
              {cmp.data ? t("documents.versionNo", { no: cmp.data.from.versionNo }) : ""}
            </Table.Th>
            <Table.Th w={40} />
            <Table.Th>
              {cmp.data ? t("documents.versionNo", { no: cmp.data.to.versionNo }) : ""}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => {
            const [left, right] = ROW_COLORS[r.kind];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the comparison
              <Table.Tr key={i} data-kind={r.kind} data-testid={`doc-compare-row-${r.kind}`}>
                <Table.Td c="dimmed" fz="xs">
                  {r.leftNo ?? ""}
                </Table.Td>
                <Table.Td style={{ background: left, whiteSpace: "pre-wrap" }}>
                  {r.left ?? ""}
                </Table.Td>
                <Table.Td c="dimmed" fz="xs">
                  {r.rightNo ?? ""}
                </Table.Td>
                <Table.Td style={{ background: right, whiteSpace: "pre-wrap" }}>
                  {r.right ?? ""}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </ListTable>
    </Card>
  );
}
