// Downloads of PMS documents: the version on screen as Word or PDF (a draft prints marked
// 下書き with today's data), and 文書一式 — every document in force as Word and PDF in one zip.
// Plain links the browser saves; shown to those who may read the register.
import { Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DownloadButton } from "../../components/PageButtons.tsx";
import { useCan } from "../orgs/OrgContext.tsx";
import { documentsPath } from "./useDocuments.ts";

export function DocumentDownloads({
  orgId,
  documentId,
  versionId,
}: {
  orgId: string;
  documentId: string;
  versionId: string;
}) {
  const { t } = useTranslation();
  if (!useCan("documents.read")) return null;
  const path = (ext: string) =>
    documentsPath(orgId, `/${documentId}/versions/${versionId}/export.${ext}`);
  return (
    <Group gap="xs">
      <DownloadButton href={path("docx")} testId="doc-export-docx">
        {t("documentDownloads.docx")}
      </DownloadButton>
      <DownloadButton href={path("pdf")} testId="doc-export-pdf">
        {t("documentDownloads.pdf")}
      </DownloadButton>
    </Group>
  );
}

/** 文書一式（ZIP）: for the register's header. */
export function DocumentsZipButton({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  if (!useCan("documents.read")) return null;
  return (
    <DownloadButton href={documentsPath(orgId, "/export.zip")} testId="doc-export-zip">
      {t("documentDownloads.zip")}
    </DownloadButton>
  );
}
