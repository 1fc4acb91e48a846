#!/usr/bin/env node
// Builds the web app only when its inputs changed since the last build, so a restart on an
// unchanged checkout serves in seconds. The inputs: the web sources, the shared TypeScript the
// web app imports from src/ (contracts, core rules, messages), the Vite config and the locked
// dependencies. Their SHA-256 is kept in web/dist/.inputs-sha256 after a successful build.
// `--force` builds anyway.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = join(root, "web", "dist", ".inputs-sha256");
const INPUTS = ["web/index.html", "web/vite.config.ts", "web/src", "src", "package-lock.json"];
const SKIP = /(^|\/)(node_modules|dist)(\/|$)|\.test\.tsx?$/;

function files(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  try {
    return readdirSync(full, { withFileTypes: true })
      .flatMap((e) => files(join(path, e.name)))
      .filter((f) => !SKIP.test(f));
  } catch {
    return [path]; // a file
  }
}

export function inputsHash() {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(files).sort()) {
    hash.update(`${relative(root, join(root, file))}\0`);
    hash.update(readFileSync(join(root, file)));
  }
  return hash.digest("hex");
}

const current = inputsHash();
const previous = existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : "";
if (current === previous && !process.argv.includes("--force")) {
  console.log("web: 変更なし、前回のビルドを使います / unchanged since the last build");
  process.exit(0);
}
const vite = spawnSync(
  process.execPath,
  [join(root, "node_modules", "vite", "bin", "vite.js"), "build", "--config", "web/vite.config.ts"],
  { cwd: root, stdio: "inherit" },
);
if (vite.status !== 0) process.exit(vite.status ?? 1);
writeFileSync(stamp, `${current}\n`);
