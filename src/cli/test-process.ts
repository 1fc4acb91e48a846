// Test helpers: run `node bin/mamori.js …` as a real process, wait for its output, find free ports.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const binPath = fileURLToPath(new URL("../../bin/mamori.js", import.meta.url));

export type CliProcess = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves with the first match of `pattern` in stdout; rejects if the process ends first. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
};

/** The environment for a CLI process: ours without the database settings, plus `env`. */
export function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _d, DATA_DIR: _f, BASE_URL: _b, PORT: _p, ...rest } = process.env;
  return { ...rest, HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env };
}

export function spawnCli(args: string[], env: Record<string, string>): CliProcess {
  return spawnWatched(process.execPath, [binPath, ...args], env);
}

/** Any command with the CLI environment (`cliEnv`), its output collected as for spawnCli. */
export function spawnWatched(
  command: string,
  args: string[],
  env: Record<string, string>,
): CliProcess {
  const child = spawn(command, args, {
    env: cliEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => {
    out += d;
  });
  child.stderr?.setEncoding("utf8").on("data", (d: string) => {
    err += d;
  });
  const exited = once(child, "exit").then(([code]) => code as number | null);
  const waitFor = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const m = out.match(pattern);
        if (m) {
          done();
          resolve(m);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${pattern}\nstdout: ${out}\nstderr: ${err}`));
      }, timeoutMs);
      const onExit = (code: number | null) => {
        done();
        reject(new Error(`exited (${code}) before ${pattern}\nstdout: ${out}\nstderr: ${err}`));
      };
      const done = () => {
        clearTimeout(timer);
        child.stdout?.off("data", check);
        child.off("exit", onExit);
      };
      child.stdout?.on("data", check);
      child.on("exit", onExit);
      check();
    });
  return { child, stdout: () => out, stderr: () => err, exited, waitFor };
}

/** Runs the CLI to completion. */
export async function runCliProcess(args: string[], env: Record<string, string>) {
  const p = spawnCli(args, env);
  const code = await p.exited;
  return { code, stdout: p.stdout(), stderr: p.stderr() };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}
