// Runs PDF jobs on one worker thread, one job at a time: pdfmake holds the whole document in
// memory (about 1 GB for 10,000 register rows), so two big prints at once could exhaust it.
// The worker stays for a short while for the next print, then ends to give its memory back.
import type { Worker } from "node:worker_threads";
import { startTsWorker } from "../shared/ts-worker.ts";
import type { PdfJob } from "./pdf-job.ts";
import type { PdfReply } from "./pdf-worker.ts";

const IDLE_MS = 30_000;
const workerFile = new URL("./pdf-worker.ts", import.meta.url);

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let queue: Promise<unknown> = Promise.resolve();

function stop() {
  const w = worker;
  worker = null;
  void w?.terminate();
}

function startWorker(): Worker {
  const w = startTsWorker(workerFile);
  w.unref();
  w.on("exit", () => {
    if (worker === w) worker = null;
  });
  return w;
}

function runOnWorker(job: PdfJob): Promise<Buffer> {
  if (idleTimer) clearTimeout(idleTimer);
  worker ??= startWorker();
  const w = worker;
  return new Promise<Buffer>((resolve, reject) => {
    const done = () => {
      w.off("message", onMessage);
      w.off("error", onError);
      w.off("exit", onExit);
      idleTimer = setTimeout(stop, IDLE_MS);
      idleTimer.unref();
    };
    const onMessage = (reply: PdfReply) => {
      done();
      if (reply.ok)
        resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else reject(new Error(`PDF rendering failed: ${reply.message}`));
    };
    const onError = (err: Error) => {
      done();
      stop();
      reject(err);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`PDF worker exited (${code})`));
    };
    w.on("message", onMessage);
    w.on("error", onError);
    w.on("exit", onExit);
    w.postMessage(job);
  });
}

/** Renders after every job already asked for has finished. */
export function renderOnWorker(job: PdfJob): Promise<Buffer> {
  const run = queue.then(() => runOnWorker(job));
  queue = run.catch(() => undefined);
  return run;
}
