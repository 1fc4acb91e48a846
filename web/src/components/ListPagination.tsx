// The page numbers under a list, shown only when there is more than one page.
import { Group, Pagination } from "@mantine/core";
import { PAGE_SIZE } from "../api/types.ts";

export function ListPagination({
  total,
  page,
  onChange,
  siblings,
  testId,
}: {
  total: number;
  page: number;
  onChange: (page: number) => void;
  siblings?: number;
  testId: string;
}) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return null;
  return (
    <Group justify="center" mt="md">
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        siblings={siblings}
        data-testid={testId}
      />
    </Group>
  );
}
