// Runs upload jobs in one child process, one job at a time (two cores: a second parse at once
// would only halve the speed of both). The process has a heap limit of its own
// (UPLOAD_WORKER_HEAP_MB), so a file that needs more memory ends that process — a 413 — and
// never the server; the next job gets a fresh process. An idle process ends after a while to
// give its memory back.
//
// A process, not a worker thread: V8 aborts the whole process when a worker thread's heap limit
// is hit during a large allocation (a known Node.js fault) — reading a 4 MB workbook with a 33 MB
// shared-strings part did that with a 64 MB worker heap — and --max-old-space-size in
// NODE_OPTIONS silently overrides a worker's resourceLimits.
import type { ChildProcess } from "node:child_process";
import { spawnTsProcess } from "../ts-worker.ts";
import type { Refusal } from "./refusal.ts";
import type { UploadJob, UploadOutcome } from "./upload-job.ts";
import type { UploadReply, UploadRequest } from "./upload-worker.ts";

export type UploadPoolOptions = {
  /** How long an idle process waits for the next upload before it ends (ms). */
  idleMs?: number;
  /** How long one job may take before its process is ended (ms). */
  timeoutMs?: number;
  /** The process's module (tests give one that misbehaves). */
  workerFile?: URL;
};

/** Young generation of the process's heap (MB): enough for fast scavenges, bounded. */
export const youngGenerationMb = (heapMb: number) =>
  Math.max(8, Math.min(64, Math.round(heapMb / 16)));

/** V8 flags of the upload process: the old generation at heapMb, young generation bounded. */
export const heapFlags = (heapMb: number) => [
  `--max-old-space-size=${Math.max(16, Math.round(heapMb))}`,
  `--max-semi-space-size=${Math.max(1, Math.round(youngGenerationMb(heapMb) / 2))}`,
];

/**
 * What the process may see of the environment: enough to run, none of the server's secrets
 * (database URL, audit key, SMTP), and no NODE_OPTIONS to override the heap flags.
 */
function processEnv(): NodeJS.ProcessEnv {
  const keep = ["PATH", "HOME", "TMPDIR", "TEMP", "TMP", "LANG", "TZ", "NODE_ENV", "SYSTEMROOT"];
  const env: NodeJS.ProcessEnv = {};
  for (const name of keep) if (process.env[name] !== undefined) env[name] = process.env[name];
  return env;
}

const STDERR_TAIL = 16 * 1024;

export class UploadPool {
  readonly idleMs: number;
  readonly timeoutMs: number;
  readonly workerFile: URL;
  #child: ChildProcess | null = null;
  #heapMb = 0;
  #stderr = "";
  #idleTimer: NodeJS.Timeout | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #nextId = 1;
  /** Processes started so far. */
  started = 0;

  constructor(options: UploadPoolOptions = {}) {
    this.idleMs = options.idleMs ?? 30_000;
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.workerFile = options.workerFile ?? new URL("./upload-worker.ts", import.meta.url);
  }

  /** Whether a process is running (or idle, waiting for the next job). */
  get alive(): boolean {
    return this.#child !== null;
  }

  /** The running process's id (the benchmark reads its memory). */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** Runs the job after every job already asked for has finished. Never rejects. */
  run(job: UploadJob, heapMb: number): Promise<UploadOutcome> {
    const run = this.#queue.then(() => this.#runNow(job, heapMb));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Ends the process now (jobs still queued start a new one). */
  async close(): Promise<void> {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
    const child = this.#child;
    this.#child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    this.#setReferenced(child, true); // an idle (unreferenced) process would end unawaited
    child.kill("SIGKILL");
    await exited;
  }

  #start(heapMb: number): ChildProcess {
    const child = spawnTsProcess(this.workerFile, {
      v8Flags: heapFlags(heapMb),
      env: processEnv(),
    });
    this.started++;
    this.#stderr = "";
    // What the process says on stderr (V8's "heap out of memory" report) tells why it ended.
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (text: string) => {
      if (this.#child === child) this.#stderr = (this.#stderr + text).slice(-STDERR_TAIL);
    });
    // A failed spawn or a closed channel is the job's error (see #runNow), never the server's.
    child.on("error", () => undefined);
    child.on("exit", () => {
      if (this.#child === child) this.#child = null;
    });
    this.#child = child;
    this.#heapMb = heapMb;
    return child;
  }

  #stop() {
    this.#idleTimer = null;
    const child = this.#child;
    this.#child = null;
    child?.kill("SIGKILL");
  }

  /** An idle process must not keep the server (or a test run) from exiting. */
  #setReferenced(child: ChildProcess, referenced: boolean) {
    const channel = child.channel as { ref?: () => void; unref?: () => void } | null | undefined;
    const stderr = child.stderr as unknown as { ref?: () => void; unref?: () => void } | null;
    if (referenced) {
      child.ref();
      channel?.ref?.();
      stderr?.ref?.();
    } else {
      child.unref();
      channel?.unref?.();
      stderr?.unref?.();
    }
  }

  #runNow(job: UploadJob, heapMb: number): Promise<UploadOutcome> {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
    if (this.#child && this.#heapMb !== heapMb) this.#stop();
    const child = this.#child ?? this.#start(heapMb);
    this.#setReferenced(child, true);
    const id = this.#nextId++;
    return new Promise<UploadOutcome>((resolve) => {
      let failure: Error | null = null;
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill("SIGKILL");
      }, this.timeoutMs);
      const finish = (outcome: UploadOutcome) => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("error", onError);
        child.off("exit", onExit);
        if (this.#child === child) {
          this.#setReferenced(child, false);
          this.#idleTimer = setTimeout(() => this.#stop(), this.idleMs);
          this.#idleTimer.unref();
        }
        resolve(outcome);
      };
      const onMessage = (reply: UploadReply) => {
        if (reply?.id === id) finish(reply.outcome);
      };
      const onError = (err: Error) => {
        failure ??= err;
        // The process may never have started (no exit event then): end the job here.
        if (child.pid === undefined) onExit(null, null);
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        const stderr = this.#stderr;
        finish({
          ok: false,
          refusal: deathRefusal(
            { failure, timedOut, code, signal, stderr },
            heapMb,
            this.timeoutMs,
          ),
        });
      };
      child.on("message", onMessage);
      child.on("error", onError);
      child.on("exit", onExit);
      child.send({ id, job } satisfies UploadRequest, (err) => {
        if (err) {
          failure ??= err;
          child.kill("SIGKILL");
        }
      });
    });
  }
}

type Death = {
  failure: Error | null;
  timedOut: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
};

/** Why a job ended without an answer: out of memory, out of time, or a crash. All 413. */
export function deathRefusal(death: Death, heapMb: number, timeoutMs: number): Refusal {
  const detail =
    `exit ${death.code ?? death.signal ?? "?"}` +
    (death.failure ? `, ${death.failure.message}` : "") +
    (death.stderr.trim() ? `: ${death.stderr.trim().split("\n").slice(-3).join(" | ")}` : "");
  if (death.timedOut)
    return {
      kind: "too_large",
      code: "UPLOAD_TIMEOUT",
      params: { max: Math.round(timeoutMs / 1000) },
      detail,
    };
  if (/heap out of memory|Allocation failed|ERR_WORKER_OUT_OF_MEMORY/.test(death.stderr))
    return { kind: "too_large", code: "UPLOAD_WORKER_MEMORY", params: { max: heapMb }, detail };
  return { kind: "too_large", code: "UPLOAD_WORKER_FAILED", detail };
}
