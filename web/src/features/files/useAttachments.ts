// Data of attached files: one record's list (paged, searched) and the uploads and deletes.
// Downloads are plain links (the server sends the file as an attachment and records it).
import type { AttachmentList, AttachmentOut } from "@src/modules/files/files.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type Attachment = AttachmentOut;
export type Owner = { kind: string; id: string };

const ownerPath = (orgId: string, owner: Owner) =>
  orgPath(
    orgId,
    `/attachments/owners/${encodeURIComponent(owner.kind)}/${encodeURIComponent(owner.id)}`,
  );

export const downloadPath = (orgId: string, id: string) =>
  orgPath(orgId, `/attachments/${encodeURIComponent(id)}/download`);

export function useAttachments(orgId: string, owner: Owner, params: { q: string; page: number }) {
  return useQuery({
    queryKey: queryKeys.attachments(orgId, owner.kind, owner.id, params),
    queryFn: () =>
      api.get<AttachmentList>(ownerPath(orgId, owner), {
        limit: PAGE_SIZE,
        page: params.page,
        q: params.q,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useUploadAttachment(
  orgId: string,
  owner: Owner,
  use: SaveUse<File, { id: string }>,
) {
  return useSave({
    request: (file) => api.upload<{ id: string }>(ownerPath(orgId, owner), file),
    refreshes: [queryKeys.attachments(orgId)],
    errorsAs: "notice",
    ...use,
  });
}

export function useDeleteAttachment(orgId: string, use: SaveUse<string, unknown>) {
  return useSave({
    request: (id) => api.delete(orgPath(orgId, `/attachments/${encodeURIComponent(id)}`)),
    refreshes: [queryKeys.attachments(orgId)],
    ...use,
  });
}
