// Public API of the roadmap capability: other capabilities import only this file.
// The work plan: construction steps and tasks, the plan's application day, the demo's plan.

export { seedDemoWorkPlan } from "./roadmap.demo.ts";
export { plannedApplicationOn } from "./roadmap.plan.ts";
export { roadmapReadiness } from "./roadmap.readiness.ts";
export { roadmapPlan, roadmapStep, roadmapTask } from "./roadmap.tables.ts";
