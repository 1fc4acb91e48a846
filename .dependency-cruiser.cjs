// Module boundaries, checked by `npm run lint:deps` (part of `npm test`). What the rules mean
// and why: docs/architecture.md ("Boundaries").
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment:
        "A cycle between files (and so between capabilities, whose index.ts re-exports " +
        "their services) makes the load order fragile and the layers meaningless.",
      from: { path: "^(src|web/src)/", pathNot: "\\.test\\.tsx?$" },
      to: { circular: true },
    },
    {
      name: "capability-internals",
      severity: "error",
      comment:
        "A capability uses another only through its index.ts. Exceptions: a contract may use " +
        "another capability's contract (the web app bundles contracts, never services), and " +
        "the capability registry imports every routes file.",
      from: {
        path: "^src/modules/([^/]+)/",
        pathNot: ["\\.test\\.ts$", "^src/modules/capabilities\\.ts$", "\\.contract\\.ts$"],
      },
      to: {
        path: "^src/modules/([^/]+)/",
        pathNot: ["^src/modules/$1/", "^src/modules/[^/]+/index\\.ts$", "^src/modules/shared/"],
      },
    },
    {
      name: "contracts-only-contracts",
      severity: "error",
      comment:
        "Contracts are bundled into the web app: they import contracts, core and shared helpers only.",
      from: { path: "\\.contract\\.ts$" },
      to: {
        path: "^src/modules/",
        pathNot: ["\\.contract\\.ts$", "^src/modules/shared/contract-helpers\\.ts$"],
      },
    },
    {
      name: "core-is-pure",
      severity: "error",
      comment: "src/core holds pure domain rules: no database, HTTP, capability or CLI code.",
      from: { path: "^src/core/" },
      to: { path: "^src/(db|server|modules|cli|test)/" },
    },
    {
      name: "shared-below-capabilities",
      severity: "error",
      comment:
        "src/modules/shared serves every capability and so may depend on none (types aside).",
      from: { path: "^src/modules/shared/", pathNot: "\\.test\\.ts$" },
      to: {
        path: "^src/modules/",
        pathNot: "^src/modules/shared/",
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "web-uses-contracts-and-core",
      severity: "error",
      comment:
        "The web app may import pure code and contracts from src/, never services, tables or " +
        "server code (they would be bundled into the browser).",
      from: { path: "^web/src/" },
      to: {
        path: "^src/",
        pathNot: [
          "^src/core/",
          "\\.contract\\.ts$",
          "^src/modules/shared/contract-helpers\\.ts$",
          "^src/i18n/messages\\.ts$",
        ],
      },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist)/" },
    // Type-only imports are erased before the graph is built: they cost nothing at run time,
    // and counting them would flag every capability that names the server's route types.
    tsPreCompilationDeps: false,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
  },
};
