// The URLs of links just issued: shown this once (only their hashes are kept), to copy and
// pass on; closing the dialog loses them, and a lost link is issued again.
import {
  ActionIcon,
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  Table,
  Text,
  Tooltip,
} from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { purposeLabel, untilDay } from "./link-labels.ts";
import type { IssueResult } from "./usePersonalLinks.ts";

export function IssuedLinksModal({
  result,
  onClose,
}: {
  result: IssueResult | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={result !== null}
      onClose={onClose}
      title={t("personalLinks.issued.title", { count: result?.items.length ?? 0 })}
      size="xl"
    >
      <Alert color="yellow" mb="md" data-testid="links-issued-modal">
        {t("personalLinks.issued.once")}
        {result &&
          result.revoked > 0 &&
          ` ${t("personalLinks.issued.revoked", { count: result.revoked })}`}
      </Alert>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("personalLinks.col.person")}</Table.Th>
              <Table.Th>{t("personalLinks.col.purpose")}</Table.Th>
              <Table.Th>{t("personalLinks.col.url")}</Table.Th>
              <Table.Th>{t("personalLinks.col.expires")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result?.items.map((link) => (
              <Table.Tr key={link.id} data-testid="links-issued-row">
                <Table.Td>{link.personName}</Table.Td>
                <Table.Td>{purposeLabel(link.purpose)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Text
                      size="xs"
                      ff="monospace"
                      style={{ wordBreak: "break-all" }}
                      data-testid="links-issued-url"
                    >
                      {link.url}
                    </Text>
                    <CopyButton value={link.url}>
                      {({ copied, copy }) => (
                        <Tooltip
                          label={
                            copied
                              ? t("personalLinks.issued.copied")
                              : t("personalLinks.issued.copy")
                          }
                        >
                          <ActionIcon
                            variant="subtle"
                            onClick={copy}
                            aria-label={t("personalLinks.issued.copy")}
                          >
                            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </CopyButton>
                  </Group>
                </Table.Td>
                <Table.Td>{t("personalLinks.until", { day: untilDay(link.expiresAt) })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="flex-end" mt="md">
        <Button onClick={onClose} data-testid="links-issued-close">
          {t("personalLinks.issued.close")}
        </Button>
      </Group>
    </Modal>
  );
}
