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
        test: { name: "unit", include: unitTests },
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
