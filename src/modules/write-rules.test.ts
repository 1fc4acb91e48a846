// Rules of the write path that a type checker cannot see, read from the source: every change
// to an organization's data runs in writeInOrg (src/db/write-path.ts), and register rows are
// written only by the inventory capability's writer.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const modules = sources("src/modules").map((path) => ({
  path: relative(root, join(root, path)),
  text: readFileSync(join(root, path), "utf8"),
}));

/** Calls that write a table given by name (Drizzle builders and the bulk helpers). */
function writesTo(text: string, table: string): boolean {
  const names = [table];
  for (const m of text.matchAll(new RegExp(`const (\\w+) = ${table};`, "g")))
    if (m[1]) names.push(m[1]);
  return names.some((name) =>
    new RegExp(
      `\\.(insert|update|delete)\\(\\s*${name}\\s*\\)|(insertMany|updateMany)\\(\\s*\\w+,\\s*${name}\\b`,
    ).test(text),
  );
}

describe("write rules", () => {
  it("opens transactions only through the write path", () => {
    // audit-setup re-keys every organization's chain at start: not one organization's write.
    const allowed = new Set(["src/modules/audit/audit-setup.ts"]);
    const direct = modules.filter((f) => /\.transaction\(/.test(f.text) && !allowed.has(f.path));
    expect(direct.map((f) => f.path)).toEqual([]);
  });

  it("writes register rows only in the inventory capability", () => {
    const writers = modules.filter((f) => writesTo(f.text, "inventoryItem")).map((f) => f.path);
    expect(writers.length).toBeGreaterThan(0);
    expect(writers.filter((p) => !p.startsWith("src/modules/inventory/"))).toEqual([]);
  });

  it("inserts and updates register rows only in the writer", () => {
    const inserts = modules
      .filter((f) =>
        /\.(insert|update)\(\s*inventoryItem\s*\)|(insertMany|updateMany)\(\s*\w+,\s*inventoryItem\b/.test(
          f.text,
        ),
      )
      .map((f) => f.path);
    expect(inserts).toEqual(["src/modules/inventory/inventory.writer.ts"]);
  });

  it("sees a write through an alias (the check itself)", () => {
    expect(writesTo("const I = inventoryItem;\nawait tx.update(I).set({})", "inventoryItem")).toBe(
      true,
    );
    expect(writesTo("await tx.select().from(inventoryItem)", "inventoryItem")).toBe(false);
  });
});
