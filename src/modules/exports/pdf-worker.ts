// The worker thread that lays out and renders PDFs, so a long print (tens of seconds for
// 10,000 rows) never blocks the server's event loop. Started by pdf-pool.ts.
import { parentPort } from "node:worker_threads";
import { type PdfJob, renderJob } from "./pdf-job.ts";

export type PdfReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

parentPort?.on("message", async (job: PdfJob) => {
  try {
    const buf = await renderJob(job);
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    parentPort?.postMessage({ ok: true, bytes } satisfies PdfReply);
  } catch (err) {
    parentPort?.postMessage({ ok: false, message: String(err) } satisfies PdfReply);
  }
});
