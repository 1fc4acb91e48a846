// A stand-in for upload-worker.ts in the pool tests: by the job's file name it crashes, hangs,
// or answers with what it can see of itself.
import type { UploadRequest } from "./upload-worker.ts";

process.on("message", ({ id, job }: UploadRequest) => {
  if (job.filename === "crash.xlsx") process.exit(3);
  if (job.filename === "hang.xlsx") return;
  const value = { pid: process.pid, env: Object.keys(process.env), bytes: job.bytes.length };
  process.send?.({ id, outcome: { ok: true, value } });
});
process.on("disconnect", () => process.exit(0));
