// Public API of the roadmap capability: other capabilities import only this file.
// The work plan: construction steps and tasks.
export { roadmapStep, roadmapTask } from "./roadmap.tables.ts";
