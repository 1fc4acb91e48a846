// The process that reads uploads (upload-job.ts), started by upload-pool.ts: a hostile or huge
// file meets this process's heap limit, not the server's, and the server's event loop keeps
// answering meanwhile. It ends with its parent (the IPC channel closing).
import { runUploadJob, type UploadJob, type UploadOutcome } from "./upload-job.ts";

export type UploadRequest = { id: number; job: UploadJob };
export type UploadReply = { id: number; outcome: UploadOutcome };

process.on("message", async ({ id, job }: UploadRequest) => {
  const outcome = await runUploadJob(job);
  process.send?.({ id, outcome } satisfies UploadReply);
});
process.on("disconnect", () => process.exit(0));
