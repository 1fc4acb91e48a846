// 送信メール: the organization's outbox for its owners and admins. What was sent, what waits
// and why; without a mail server (SMTP_URL) everything waits, and the page says so and shows
// what would have been sent. A failed mail can be sent again, a waiting one cancelled.
import { Alert, Group } from "@mantine/core";
import { MAIL_STATUSES } from "@src/modules/mail/mail.contract.ts";
import { IconMailPause } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { ListToolbar } from "../../components/ListToolbar.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { useListState } from "../../components/useListState.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { MailDetailModal } from "./MailDetailModal.tsx";
import { MailTable } from "./MailTable.tsx";
import { type Mail, type MailParams, useCancelMail, useMailList, useRetryMail } from "./useMail.ts";

type Filters = { q: string; status: MailParams["status"] };

export default function MailPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const list = useListState<Filters, "created">({ q: "", status: null }, "created");
  const query = useMailList(org.id, { q: list.q, status: list.filters.status, page: list.page });
  const [open, setOpen] = useState<Mail | null>(null);
  const [retrying, setRetrying] = useState<Mail | null>(null);
  const [cancelling, setCancelling] = useState<Mail | null>(null);
  const retry = useRetryMail(org.id, { notice: t("mail.retried") });
  const cancel = useCancelMail(org.id, { notice: t("mail.cancelled") });
  const data = query.data;

  return (
    <>
      <PageHeader title={t("mail.title")} description={t("mail.description")} />
      {data && !data.smtpConfigured && (
        <Alert
          color="yellow"
          icon={<IconMailPause size={20} />}
          title={t("mail.notConfiguredTitle")}
          mb="md"
          data-testid="mail-not-configured"
        >
          {t("mail.notConfigured")}
        </Alert>
      )}
      <Group align="flex-end" gap="sm">
        <SearchInput
          value={list.filters.q}
          onChange={(q) => list.changeFilters({ ...list.filters, q })}
          placeholder={t("mail.searchPlaceholder")}
          w={320}
          testId="mail-search"
        />
        <FilterSelect
          label={t("mail.col.status")}
          data={MAIL_STATUSES.map((s) => ({ value: s, label: t(`mail.status.${s}`) }))}
          value={list.filters.status ?? null}
          onChange={(v) =>
            list.changeFilters({ ...list.filters, status: (v as Filters["status"]) ?? null })
          }
          w={180}
          data-testid="mail-status-filter"
        />
      </Group>
      <ListToolbar total={data?.total ?? 0} testId="mail-total" />
      <MailTable
        items={data?.items ?? []}
        loading={query.isFetching && !data}
        onOpen={setOpen}
        onRetry={setRetrying}
        onCancel={setCancelling}
      />
      <ListPagination
        total={data?.total ?? 0}
        page={list.page}
        onChange={list.setPage}
        testId="mail-pages"
      />
      <MailDetailModal mail={open} onClose={() => setOpen(null)} />
      <ConfirmModal
        opened={retrying !== null}
        danger={false}
        title={t("mail.retry")}
        message={t("mail.confirmRetry", { to: retrying?.toAddress ?? "" })}
        confirmLabel={t("mail.retry")}
        onConfirm={() => (retrying ? retry.runOrThrow(retrying) : Promise.resolve())}
        onClose={() => setRetrying(null)}
      />
      <ConfirmModal
        opened={cancelling !== null}
        title={t("mail.cancel")}
        message={t("mail.confirmCancel", { to: cancelling?.toAddress ?? "" })}
        confirmLabel={t("mail.cancel")}
        onConfirm={() => (cancelling ? cancel.runOrThrow(cancelling) : Promise.resolve())}
        onClose={() => setCancelling(null)}
      />
    </>
  );
}
