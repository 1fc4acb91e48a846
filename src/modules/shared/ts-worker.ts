// Starts TypeScript code off the main thread: on a worker thread (the PDF pool) or in a child
// process (the upload pool, whose heap limit must hold even when a hostile file hits it). Either
// way the new thread or process registers tsx itself to load the TypeScript sources (the ESM
// build of tsx's API, next to the CommonJS one that require() resolves), then imports the file.
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

const require = createRequire(import.meta.url);
const tsxApi = new URL("index.mjs", pathToFileURL(require.resolve("tsx/esm/api"))).href;

/** The ES module source that loads `file` through tsx. */
export function tsBootstrap(file: URL): string {
  return `import(${JSON.stringify(tsxApi)})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); });`;
}

export function startTsWorker(file: URL, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  return new Worker(tsBootstrap(file), { ...options, eval: true });
}

/**
 * A Node child process running `file`, with an IPC channel (structured-clone serialization:
 * Buffers, Dates and Maps arrive as they were sent), V8 flags such as --max-old-space-size,
 * stdout ignored and stderr piped to the parent.
 */
export function spawnTsProcess(
  file: URL,
  options: { v8Flags?: string[]; env?: NodeJS.ProcessEnv } = {},
): ChildProcess {
  const args = [...(options.v8Flags ?? []), "--input-type=module", "--eval", tsBootstrap(file)];
  return spawn(process.execPath, args, {
    stdio: ["ignore", "ignore", "pipe", "ipc"],
    serialization: "advanced",
    env: options.env ?? process.env,
  });
}
