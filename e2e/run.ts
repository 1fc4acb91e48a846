// The end-to-end suite: starts mamori on a fresh data folder, drives it in headless Chromium
// (playwright-core with the system's browser) and prints one line per step, then
// "N passed, M failed". Exit code 0 when everything passed. Run with `npm run test:e2e`.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { TIMEOUT_MS } from "./lib/expect.ts";
import { Runner, type Step } from "./lib/harness.ts";
import { type RunningServer, startServer } from "./lib/server.ts";
import { newWorld, type World } from "./lib/world.ts";
import { activitiesScenario } from "./steps/activities.ts";
import {
  endAuditLead,
  openAppointments,
  orgChart,
  refusalWroteNothing,
  samePersonRefused,
} from "./steps/appointments.ts";
import { openEngineGapFromMap, recordJudgement } from "./steps/assessments.ts";
import { auditLog, switchToEnglish } from "./steps/audit.ts";
import { anonymousSteps, signIn, signOut, signUp } from "./steps/auth.ts";
import {
  dashboardShowsBlocker,
  followBlockerAndFix,
  gapGoneGaugeRises,
  namedRecordOpensAndFix,
} from "./steps/dashboard.ts";
import { documentAcknowledgementScenario } from "./steps/document-acknowledgements.ts";
import { documentsScenario } from "./steps/documents.ts";
import { educationScenario } from "./steps/education.ts";
import { exportRegisterPdf, exportRegisterXlsx, exportRisks } from "./steps/exports.ts";
import { filesScenarios } from "./steps/files.ts";
import {
  createItem,
  defineFlow,
  itemPersisted,
  openRegister,
  searchRegister,
} from "./steps/inventory.ts";
import { inviteByLinkScenario } from "./steps/invite.ts";
import { jobSteps } from "./steps/jobs.ts";
import { addLawFromCatalogue, linkLawToItem } from "./steps/legal.ts";
import { mailScenario } from "./steps/mail.ts";
import { notificationSteps } from "./steps/notifications.ts";
import { createDemoOrg, demoDataReady } from "./steps/org.ts";
import {
  badFileWroteNothing,
  datesAsTyped,
  importBadFile,
  importedInRegister,
  importPeople,
  openPeople,
  searchPerson,
} from "./steps/people.ts";
import { personalLinkScenario } from "./steps/personal-links.ts";
import { editProfile, profilePersisted } from "./steps/profile.ts";
import { publicPageScenario } from "./steps/public-page.ts";
import {
  badImportWritesNothing,
  importCommit,
  importedItems,
  importPreview,
} from "./steps/register-import.ts";
import { recordRiskReview, riskReviewDone, riskReviewOverdue } from "./steps/risk-review.ts";
import {
  acceptRisk,
  addSuggestedRisks,
  confirmSuggestedRisks,
  flowColoured,
  heatmapCounts,
  openItemRisks,
} from "./steps/risks.ts";
import { roleScenarios } from "./steps/roles.ts";
import { noCapitalSizeClass } from "./steps/size-class.ts";
import {
  defaultPlanFromStartDay,
  demoHasWorkPlan,
  homeDueSplit,
  obligationsNowApart,
  obligationsOnPhone,
} from "./steps/work-plan.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

const mainScenario: Step<World>[] = [
  signUp,
  createDemoOrg,
  demoDataReady,
  editProfile,
  profilePersisted,
  noCapitalSizeClass,
  openPeople,
  importPeople,
  importedInRegister,
  searchPerson,
  datesAsTyped,
  importBadFile,
  badFileWroteNothing,
  openAppointments,
  endAuditLead,
  samePersonRefused,
  refusalWroteNothing,
  orgChart,
  // Issue 3: register, lifecycle flow, risk analysis, import, exports, legal register.
  openRegister,
  searchRegister,
  createItem,
  itemPersisted,
  defineFlow,
  openItemRisks,
  addSuggestedRisks,
  confirmSuggestedRisks,
  heatmapCounts,
  acceptRisk,
  flowColoured,
  importPreview,
  importCommit,
  importedItems,
  badImportWritesNothing,
  exportRegisterXlsx,
  exportRegisterPdf,
  exportRisks,
  addLawFromCatalogue,
  linkLawToItem,
  // Issue 4: readiness dashboard.
  dashboardShowsBlocker,
  followBlockerAndFix,
  namedRecordOpensAndFix,
  gapGoneGaugeRises,
  openEngineGapFromMap,
  recordJudgement,
  // Issue 12 (calendar): the work plan, the PDCA page and home's due list.
  demoHasWorkPlan,
  obligationsNowApart,
  obligationsOnPhone,
  homeDueSplit,
  riskReviewOverdue,
  recordRiskReview,
  riskReviewDone,
  auditLog,
  switchToEnglish,
  signOut,
  signIn,
  defaultPlanFromStartDay,
];

async function newPage(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: "ja-JP",
    viewport: { width: 1366, height: 900 },
  });
  context.setDefaultTimeout(TIMEOUT_MS);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  // Errors in the app's own code are worth seeing next to a failing step.
  page.on("pageerror", (err) => console.log(`    [browser] ${err.message}`));
  return { context, page };
}

async function main(): Promise<number> {
  const started = Date.now();
  const runner = new Runner(join(here, "screenshots"));
  await runner.prepare();
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const cleanUp = async () => {
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
  };
  const interrupted = () => {
    console.log("\n中断しました / Interrupted");
    void cleanUp().finally(() => process.exit(1));
  };
  // A stray rejection (e.g. of a wait that a failed step abandoned) must not end the run
  // before the clean-up.
  process.on("unhandledRejection", (err) => console.log(`    [unhandled] ${String(err)}`));
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  try {
    server = await startServer(root);
    console.log(`mamori: ${server.baseUrl} (data ${server.dataDir})`);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });

    const anonymous = await newPage(browser, server.baseUrl);
    await runner.scenario("Anonymous visitor", anonymous.page, anonymous, [
      ...anonymousSteps(server.baseUrl),
    ]);
    await anonymous.context.close();

    // Issue 12: an empty organization of its own follows home's next step to its first
    // activity record (its own account, so it does not depend on the main scenario).
    await activitiesScenario(runner, browser, newPage, server.baseUrl);
    // Issue 13: a document written with IME input, a save conflict, approval, publishing and
    // the comparison of two versions (its own account too).
    await documentsScenario(runner, browser, newPage, server.baseUrl);

    const signedIn = await newPage(browser, server.baseUrl);
    const world = newWorld(signedIn.page, server.baseUrl);
    await runner.scenario(
      "Issues 2 and 3: organization, profile, people, PMS structure, audit trail, registers",
      signedIn.page,
      world,
      mainScenario,
    );
    // Issue 4: the same organization as a viewer, a member and a consultant.
    await roleScenarios(runner, world, browser, newPage);
    // Issue 9: an invitation by its link, from the members page to joining.
    await inviteByLinkScenario(runner, world, browser, newPage);
    // Shared services: a member joins, the owner's bell counts it, opening it marks it read.
    await runner.scenario(
      "Shared services: notifications",
      signedIn.page,
      world,
      notificationSteps,
    );
    // Shared services: the PDCA reminders' settings and the scheduled jobs page.
    await runner.scenario("Shared services: scheduled jobs", signedIn.page, world, jobSteps);
    // Shared services: a personal link issued, opened on a phone, revoked, then not valid.
    await personalLinkScenario(runner, world, browser);
    // Issue 13: 公開ページ switched on, the published policy read on a phone, an inquiry sent
    // and handled (its own account).
    await publicPageScenario(runner, browser, newPage, server.baseUrl);
    // Shared services: a PDF attached to a register item; the viewer downloads, cannot delete.
    await filesScenarios(runner, world, browser, newPage);
    // Shared services: an invitation and a password reset by mail, on a server with SMTP_URL.
    await mailScenario(runner, browser, newPage, root);
    // Issue 13: a policy and a pledge sent to all staff by mail, confirmed and signed through
    // the mailed links on phones, then the confirmation page (a server with SMTP_URL too).
    await documentAcknowledgementScenario(runner, browser, newPage, root);
    // Issue 14: the plan built from the starter course, assigned with mailed links; two
    // employees take it on phones (one fails, retries, passes); the summary and readiness move.
    await educationScenario(runner, browser, newPage, root);
    await signedIn.context.close();
  } catch (err) {
    runner.failed += 1;
    console.log(`✗ setup: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    if (runner.failed > 0 && server) {
      const lines = server.output().trimEnd().split("\n").slice(-40);
      console.log(`\n--- last server output ---\n${lines.join("\n")}\n--- end ---`);
    }
    await cleanUp();
  }
  console.log(`\nFinished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${runner.passed} passed, ${runner.failed} failed`);
  return runner.failed === 0 ? 0 : 1;
}

process.exitCode = await main();
