// Registers of the PMS as data and pure rules: personal-information register fields,
// lifecycle phases, risk matrix and risk library, legal register catalogue.
export * from "./inventory-fields.ts";
export * from "./law-catalogue.ts";
export * from "./risk-library.ts";
export * from "./risk-matrix.ts";
export * from "./risk-matrix-presets.ts";
export * from "./sensitive-keywords.ts";
