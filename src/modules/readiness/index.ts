// Public API of the readiness capability: other capabilities import only this file.
// The readiness report (審査準備度) and its providers.
export {
  type DutySource,
  type LoadAt,
  type ReadinessProvider,
  readinessProviders,
  registerReadinessProviders,
  type SnapshotDraft,
} from "./provider.ts";
export { getReadiness } from "./readiness.service.ts";
