// The page numbers under a list, shown only when there is more than one page.
import { Group, Pagination } from "@mantine/core";

export function ListPagination({
  total,
  pageSize,
  page,
  onChange,
  siblings,
  testId,
}: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
  siblings?: number;
  testId: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
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
