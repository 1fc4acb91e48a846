// Data of the scheduled jobs page and of home's backup warning.
import type { BackupStatusOut, JobsOut } from "@src/modules/jobs/jobs.contract.ts";
import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { queryKeys } from "../../lib/query-keys.ts";

export type Jobs = JobsOut;
export type Job = JobsOut["items"][number];
export type BackupStatus = BackupStatusOut;

export function useJobs(orgId: string) {
  return useQuery({
    queryKey: queryKeys.jobs(orgId),
    queryFn: () => api.get<Jobs>(orgPath(orgId, "/jobs")),
    // The page is a live view of background work: read it again every half minute.
    refetchInterval: 30_000,
  });
}

export function useBackupStatus(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.jobs(orgId, "backup-status"),
    queryFn: () => api.get<BackupStatus>(orgPath(orgId, "/jobs/backup-status")),
    enabled,
    staleTime: 5 * 60_000,
  });
}
