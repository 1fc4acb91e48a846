import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

// Two projects: `unit` (pure tests, no database, no global setup: seconds) and `integration`
// (everything else, on PGlite and on PostgreSQL, prepared once by the global setup).
// `vitest run` runs both; `--project unit` / `--project integration` one of them.
const unitTests = ["src/core/**/*.test.ts", "web/src/**/*.test.ts"];

export default defineConfig({
  // `@src/…` as in the web app (tsconfig.json paths, web/vite.config.ts).
  resolve: { alias: { "@src": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Pure tests share their workers' modules (no isolation per file): importing React,
        // Mantine and zod once per worker instead of once per file takes the project from
        // about 20 s to under 5.
        test: { name: "unit", include: unitTests, isolate: false },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["src/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...unitTests],
          globalSetup: ["src/test/global-setup.ts"],
        },
      },
    ],
  },
});
