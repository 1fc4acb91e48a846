// Requirement catalogues (J.1–J.11 and later versions) and organizations' assessments of them.
export * from "./assessment.ts";
export * from "./catalogue-refs.ts";
export * from "./catalogue-registry.ts";
export * from "./catalogue-schema.ts";
export * from "./catalogue-tree.ts";
export * from "./engine-conclusion.ts";
