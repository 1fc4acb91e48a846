// Data of the starter templates: the list (with the documents already made from each), and the
// two writes: one document from a template, or the whole starter set at once. Both change the
// register, so they refresh every documents query (the list, the coverage table).
import type {
  FromTemplateInput,
  StarterSetResult,
  TemplateListItem,
} from "@src/modules/documents/documents.templates.contract.ts";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";
import { documentsPath } from "./useDocuments.ts";

export type { StarterSetResult, TemplateListItem };

export function useDocumentTemplates(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.documents(orgId, "templates"),
    queryFn: () =>
      api.get<{ items: TemplateListItem[]; total: number }>(documentsPath(orgId, "/templates")),
    enabled,
  });
}

export function useCreateFromTemplate(
  orgId: string,
  use: SaveUse<FromTemplateInput, { id: string }>,
) {
  return useSave({
    request: (body) => api.post<{ id: string }>(documentsPath(orgId, "/from-template"), body),
    refreshes: [queryKeys.documents(orgId)],
    ...use,
  });
}

export function useCreateStarterSet(orgId: string, use: SaveUse<void, StarterSetResult>) {
  return useSave({
    request: () => api.post<StarterSetResult>(documentsPath(orgId, "/starter-set")),
    refreshes: [queryKeys.documents(orgId)],
    ...use,
  });
}
