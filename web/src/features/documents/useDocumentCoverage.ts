// Data of the 規程類対照表: each J item needing a rule or a record and the documents answering
// it (read from the register's documents, so every documents save refreshes it).
import type {
  CoverageOut,
  CoverageRowOut,
} from "@src/modules/documents/documents.templates.contract.ts";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { documentsPath } from "./useDocuments.ts";

export type { CoverageOut, CoverageRowOut };

export function useDocumentCoverage(orgId: string) {
  return useQuery({
    queryKey: queryKeys.documents(orgId, "coverage"),
    queryFn: () => api.get<CoverageOut>(documentsPath(orgId, "/coverage")),
  });
}

export const coverageXlsxPath = (orgId: string) => documentsPath(orgId, "/coverage.xlsx");
