// The buttons of a page header: download a file, import one, add a record.
import { Button } from "@mantine/core";
import { IconDownload, IconPlus, IconUpload } from "@tabler/icons-react";
import type { ReactNode } from "react";

type Props = { testId: string; children: ReactNode };

/** A link the browser saves (Excel, PDF exports). */
export function DownloadButton({ href, testId, children }: Props & { href: string }) {
  return (
    <Button
      component="a"
      href={href}
      download
      variant="default"
      leftSection={<IconDownload size={16} />}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}

export function ImportButton({ onClick, testId, children }: Props & { onClick: () => void }) {
  return (
    <Button
      variant="default"
      leftSection={<IconUpload size={16} />}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}

export function AddButton({
  onClick,
  disabled,
  testId,
  children,
}: Props & { onClick: () => void; disabled?: boolean }) {
  return (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={onClick}
      disabled={disabled}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}
