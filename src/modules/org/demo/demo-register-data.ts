// The demo company's 個人情報管理台帳: 26 register items with their lifecycle flows, in
// department order. Realistic, with a few deliberate gaps an examiner would find (each marked
// "Deliberate gap" where it is written, and pinned by demo-register-seed.test.ts):
// - 2 items last reviewed more than 12 months ago (株主名簿 16 months, 入退室記録 14 months);
// - 1 outsourced item whose vendor is not named (防犯カメラ映像);
// - 1 item with 要配慮個人情報 whose consent basis is missing (休職・復職に関する記録);
// - 1 lifecycle phase with no risk analysis (メールマガジン配信先, 委託).
// The risk analysis is in demo-risk-data.ts, the legal register in demo-legal-data.ts.
import { GENERAL_ITEMS } from "./demo-register-data-general.ts";
import { HEALTH_AND_RECRUITING_ITEMS } from "./demo-register-data-health.ts";
import { HR_ITEMS } from "./demo-register-data-hr.ts";
import { PLANNING_ITEMS } from "./demo-register-data-planning.ts";
import { SALES_ITEMS } from "./demo-register-data-sales.ts";
import { SUPPORT_ITEMS } from "./demo-register-data-support.ts";
import type { DemoItem } from "./demo-register-model.ts";

export const DEMO_ITEMS: readonly DemoItem[] = [
  ...PLANNING_ITEMS,
  ...HR_ITEMS,
  ...HEALTH_AND_RECRUITING_ITEMS,
  ...GENERAL_ITEMS,
  ...SALES_ITEMS,
  ...SUPPORT_ITEMS,
];
