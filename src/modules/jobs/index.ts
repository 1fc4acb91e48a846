// Public API of the jobs capability: the durable job runner, the automatic backup, the status.
export { AUTO_BACKUP_JOB, autoBackupJob } from "./auto-backup.job.ts";
export { createJobRunner, type JobRunner } from "./jobs.runner.ts";
export { listJobs } from "./jobs.service.ts";
