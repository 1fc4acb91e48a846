// The one way to write (lib/use-save.ts): components never call the API client's writes, a
// bare useMutation or the query cache themselves. A capability's writes live in its data module
// (`use<Cap>.ts`), each a useSave with its request and the queries it refreshes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const webSrc = fileURLToPath(new URL("..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sources(webSrc).map((path) => ({
  name: relative(webSrc, path),
  text: readFileSync(path, "utf8"),
}));

/** A feature's data module: features/<cap>/use<Something>.ts. */
const dataModule = (name: string) => /^features\/[^/]+\/use[A-Z]\w*\.ts$/.test(name);

const writeCall = /\bapi\.(post|put|patch|delete|upload)\b|\bpostInChunks\(/;

describe("writes", () => {
  it("are found where they belong (the scan sees them)", () => {
    const writers = files.filter((f) => writeCall.test(f.text)).map((f) => f.name);
    expect(writers).toContain("features/people/usePeople.ts");
    expect(writers).toContain("api/auth.ts");
  });

  it("call the API client only in a feature's data module (or the client's own helpers)", () => {
    const outside = files
      .filter((f) => writeCall.test(f.text))
      .map((f) => f.name)
      .filter((name) => !dataModule(name) && !name.startsWith("api/"));
    expect(outside).toEqual([]);
  });

  it("go through useSave: no bare useMutation, no hand-made refresh", () => {
    const bare = files
      .filter((f) => f.name !== "lib/use-save.ts")
      .filter((f) => /\buseMutation\b|\binvalidateQueries\b|\bsetQueryData\b/.test(f.text))
      .map((f) => f.name);
    // The 401 handler forgets the session: not a save.
    expect(bare).toEqual(["lib/query-client.ts"]);
  });

  it("are declared with useSave in every data module that writes", () => {
    const withoutSave = files
      .filter((f) => dataModule(f.name) && writeCall.test(f.text))
      .filter((f) => !f.text.includes("useSave({"))
      .map((f) => f.name);
    expect(withoutSave).toEqual([]);
  });

  it("send files only through a data module or the import endpoint's reader", () => {
    const fetching = files
      .filter((f) => /\bfetch\(/.test(f.text))
      .map((f) => f.name)
      .sort();
    expect(fetching).toEqual(["api/client.ts", "features/inventory/import-api.ts"]);
  });
});
