// A document version's text, read-only, as plain React elements (no editor, no HTML strings:
// every text is a React text node, so nothing in a document can become markup). Fields show
// the given values (an approved version's frozen ones); a field without data shows as a
// highlighted placeholder 【代表者：未入力】, never as a blank. Light enough for a phone: the
// person's page reads documents with it.
import { Box, List, Mark, Table, Text, Title } from "@mantine/core";
import type {
  BlockNode,
  DocumentContent,
  InlineNode,
  ListNode,
  TableNode,
} from "@src/core/documents/content.ts";
import { fieldPlaceholder } from "@src/core/documents/fields.ts";
import { Fragment, type ReactNode } from "react";

type Values = Readonly<Record<string, string | null | undefined>>;
type Ctx = { values: Values; lang: "ja" | "en" };

function inline(nodes: readonly InlineNode[] | undefined, ctx: Ctx): ReactNode[] {
  return (nodes ?? []).map((n, i) => {
    const key = `${i}`;
    if (n.type === "hardBreak") return <br key={key} />;
    if (n.type === "field") {
      const value = ctx.values[n.attrs.key];
      return value ? (
        <Fragment key={key}>{value}</Fragment>
      ) : (
        <Mark key={key} color="yellow" data-testid="doc-text-placeholder">
          {fieldPlaceholder(n.attrs.key, ctx.lang)}
        </Mark>
      );
    }
    let out: ReactNode = n.text;
    for (const mark of n.marks ?? []) {
      if (mark.type === "bold") out = <strong>{out}</strong>;
      if (mark.type === "italic") out = <em>{out}</em>;
      if (mark.type === "underline") out = <u>{out}</u>;
    }
    return <Fragment key={key}>{out}</Fragment>;
  });
}

function list(node: ListNode, ctx: Ctx, key: string): ReactNode {
  return (
    <List
      key={key}
      type={node.type === "orderedList" ? "ordered" : "unordered"}
      start={node.type === "orderedList" ? (node.attrs?.start ?? 1) : undefined}
      spacing={4}
      mb="sm"
      withPadding
    >
      {node.content.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a version's text never reorders
        <List.Item key={i}>{blocks(item.content, ctx)}</List.Item>
      ))}
    </List>
  );
}

function table(node: TableNode, ctx: Ctx, key: string): ReactNode {
  return (
    <Table.ScrollContainer key={key} minWidth={320} mb="sm">
      <Table withTableBorder withColumnBorders>
        <Table.Tbody>
          {node.content.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a version's text never reorders
            <Table.Tr key={r}>
              {row.content.map((cell, c) => {
                const Cell = cell.type === "tableHeader" ? Table.Th : Table.Td;
                return (
                  <Cell
                    // biome-ignore lint/suspicious/noArrayIndexKey: a version's text never reorders
                    key={c}
                    colSpan={cell.attrs?.colspan}
                    rowSpan={cell.attrs?.rowspan}
                    style={{ verticalAlign: "top" }}
                  >
                    {blocks(cell.content, ctx)}
                  </Cell>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function block(node: BlockNode, ctx: Ctx, key: string): ReactNode {
  switch (node.type) {
    case "heading":
      return (
        <Title
          key={key}
          order={(node.attrs.level + 1) as 2 | 3 | 4}
          size={`h${node.attrs.level + 2}`}
          mt="md"
          mb="xs"
        >
          {inline(node.content, ctx)}
        </Title>
      );
    case "paragraph":
      return (
        <Text
          key={key}
          mb="xs"
          ta={node.attrs?.textAlign ?? undefined}
          style={{ whiteSpace: "pre-wrap" }}
        >
          {inline(node.content, ctx)}
        </Text>
      );
    case "horizontalRule":
      return <Box key={key} component="hr" my="md" />;
    case "orderedList":
    case "bulletList":
      return list(node, ctx, key);
    case "table":
      return table(node, ctx, key);
    default:
      return null;
  }
}

function blocks(nodes: readonly BlockNode[], ctx: Ctx): ReactNode[] {
  return nodes.map((n, i) => block(n, ctx, `${i}`));
}

export function DocumentTextView({
  content,
  values,
  lang = "ja",
  testId = "doc-text",
}: {
  content: DocumentContent;
  values: Values | null;
  lang?: "ja" | "en";
  testId?: string;
}) {
  return (
    <Box data-testid={testId} style={{ overflowWrap: "anywhere" }}>
      {blocks(content.content, { values: values ?? {}, lang })}
    </Box>
  );
}
