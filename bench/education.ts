// The education benchmark (issue 14): an organization of 3,000 staff in 30 departments and an
// open course for every worker, then per run: (a) assign the course to all 3,000 at once
// (assignCourse, the service behind POST …/courses/:id/assignments: 3,000 rows and their audit
// events, one transaction), (b) build the plan's yearly summary (buildEducationSummary, what
// the 教育実施サマリー xlsx and PDF are made from) once two in three have completed, and (c) re-run
// the readiness report through the real route (GET …/readiness: its cache missed by the
// assignment, every provider loaded, the education's people and completions included). Each
// run starts from a new course, the previous run's assignments removed, so every run measures
// 3,000 assignments. Medians of BENCH_RUNS runs; the app is the real one (buildApp).
import { randomUUID } from "node:crypto";
import { fiscalYearOf, fiscalYearPeriod } from "../src/core/education/index.ts";
import { todayInJapan } from "../src/core/today-in-japan.ts";
import { assignCourse, buildEducationSummary } from "../src/modules/education/index.ts";
import { buildApp } from "../src/server/app.ts";
import { loadConfig } from "../src/server/config.ts";
import type { OrgContext } from "../src/server/org-context.ts";
import { benchEnv } from "./origin.ts";
import { openBenchDatabase } from "./postgres.ts";
import { median } from "./registers/measure.ts";
import { DEPARTMENTS, fillStaff, ownerWithOrg } from "./staff.ts";

export type EducationRun = { assignMs: number; summaryMs: number; readinessMs: number };
export type EducationKindResult = {
  kind: "pglite" | "postgres";
  staff: number;
  runs: EducationRun[];
  median: EducationRun;
};

export async function benchEducation(
  kind: "pglite" | "postgres",
  settings: { staff: number; runs: number; log: (line: string) => void },
): Promise<EducationKindResult> {
  const { database, close } = await openBenchDatabase(kind, "edu");
  try {
    await database.migrate();
    const config = loadConfig({ ...benchEnv, LOG_LEVEL: "silent" });
    const app = await buildApp(database, config, { logger: false });
    try {
      const { owner, call, orgId } = await ownerWithOrg(
        app,
        `owner-education-${kind}@bench.example.co.jp`,
        "株式会社ベンチ教育",
      );
      const ctx: OrgContext = { orgId, userId: owner.id, userName: "ベンチ 太郎", role: "owner" };
      await fillStaff(database, orgId, settings.staff, { joinedOn: "2020-04-01" });
      const today = todayInJapan();
      const fiscalYear = fiscalYearOf(today);
      const period = fiscalYearPeriod(fiscalYear);
      const planId = randomUUID();
      await database.query(
        `insert into education_plan (org_id, id, fiscal_year, title, period_start, period_end, status)
         values ($1, $2, $3, $4, $5, $6, 'approved')`,
        [orgId, planId, fiscalYear, `${fiscalYear}年度 教育計画`, period.start, period.end],
      );
      settings.log(`${kind}: ${settings.staff} staff in ${DEPARTMENTS} departments`);
      const runs: EducationRun[] = [];
      for (let run = 0; run < settings.runs; run++) {
        // A new open course for every worker; the previous run's assignments go.
        await database.query("delete from education_assignment where org_id = $1", [orgId]);
        await database.query("delete from education_course where org_id = $1", [orgId]);
        const courseId = randomUUID();
        await database.query(
          `insert into education_course (org_id, id, plan_id, title, audience, status, due_on)
           values ($1, $2, $3, $4, 'all_staff', 'open', $5)`,
          [orgId, courseId, planId, `個人情報保護の基本 ${run + 1}`, period.end],
        );

        let t = performance.now();
        const assigned = await assignCourse(database.db, ctx, courseId, { scope: "audience" });
        const assignMs = performance.now() - t;
        if (assigned.assigned !== settings.staff)
          throw new Error(`unexpected assignment: ${JSON.stringify(assigned)}`);

        // Two in three complete today (as the learners' passes would leave them).
        await database.query(
          `update education_assignment set completed_on = $2::date, completed_at = now(),
             completed_via = 'e_learning'
           where org_id = $1 and id in (select id from education_assignment
             where org_id = $1 order by id limit $3)`,
          [orgId, today, Math.floor((settings.staff * 2) / 3)],
        );

        t = performance.now();
        const summary = await buildEducationSummary(database.db, ctx, planId, today);
        const summaryMs = performance.now() - t;
        const counted = summary.courses[0];
        if (
          counted?.targets !== settings.staff ||
          counted.completed !== Math.floor((settings.staff * 2) / 3)
        )
          throw new Error(`unexpected summary: ${JSON.stringify(summary.totals)}`);

        // The assignment's audit events changed the counters: the report is computed afresh.
        t = performance.now();
        const report = await call("GET", `/api/v1/orgs/${orgId}/readiness`);
        const readinessMs = performance.now() - t;
        const allStaff = report.results.find(
          (r: { ruleId: string }) => r.ruleId === "education.all_staff",
        );
        if (!allStaff?.reason.ja.includes(`${settings.staff}名のうち`))
          throw new Error(`unexpected rule: ${JSON.stringify(allStaff)}`);

        runs.push({ assignMs, summaryMs, readinessMs });
        settings.log(
          `${kind} run ${run + 1}: assign ${assignMs.toFixed(0)} ms, summary ${summaryMs.toFixed(0)} ms, readiness ${readinessMs.toFixed(0)} ms`,
        );
      }
      return {
        kind,
        staff: settings.staff,
        runs,
        median: {
          assignMs: median(runs.map((r) => r.assignMs)),
          summaryMs: median(runs.map((r) => r.summaryMs)),
          readinessMs: median(runs.map((r) => r.readinessMs)),
        },
      };
    } finally {
      await app.close();
    }
  } finally {
    await close();
  }
}

export function educationMarkdown(
  machine: { date: string; nproc: number; cpu: string; node: string; loadAverageBefore: number },
  settings: { staff: number; runs: number },
  results: EducationKindResult[],
  failures: string[],
  loadAfter: number,
): string {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const each = (r: EducationKindResult, f: (x: EducationRun) => number) =>
    r.runs.map((x) => f(x).toFixed(0)).join(" / ");
  const goal = (r: EducationKindResult, x: number) =>
    x < (r.kind === "postgres" ? 1000 : 2000) ? "yes" : "**no**";
  const rows = results.map(
    (r) =>
      `| ${r.kind} | ${ms(r.median.assignMs)} (${goal(r, r.median.assignMs)}) | ${ms(r.median.summaryMs)} (${goal(r, r.median.summaryMs)}) | ${ms(r.median.readinessMs)} | ${each(r, (x) => x.assignMs)} | ${each(r, (x) => x.summaryMs)} | ${each(r, (x) => x.readinessMs)} |`,
  );
  const staff = settings.staff.toLocaleString("en");
  return `# Education: assign a course to ${staff} staff, build the yearly summary, re-run readiness

\`npm run bench education\` (bench/education.ts), ${machine.date.slice(0, 10)}: ${machine.nproc} CPUs
(${machine.cpu}), Node ${machine.node}; load average ${machine.loadAverageBefore} before the run and
${loadAfter} after it (the machine is shared: other work running at the same time inflates the
figures). Medians of ${settings.runs} runs. Goal (issue 14): assigning and the summary under 1 s on
PostgreSQL, 2 s embedded (PGlite).

- **Assign**: \`assignCourse\` (the service of \`POST …/education/courses/:id/assignments\`, scope
  \`audience\`, no mail) of a new open course for every worker to all ${staff} staff in office (30
  departments): one transaction, a row and an audit event per person.
- **Summary**: \`buildEducationSummary\` of the plan (the 教育実施サマリー's figures: targets,
  completions, completion day per course), once two in three have completed.
- **Readiness**: \`GET …/readiness\` right after the assignment (the cache missed: the
  assignment's events changed its counters), every provider loaded, the education's ${staff}
  people with their latest completion among them.

| database | assign (goal met) | summary (goal met) | readiness re-run | assign, each run (ms) | summary, each run (ms) | readiness, each run (ms) |
| -------- | ----------------- | ------------------ | ---------------- | --------------------- | ---------------------- | ------------------------ |
${rows.join("\n")}
${failures.length ? `\nFailures:\n\n${failures.map((f) => `- ${f}`).join("\n")}\n` : ""}`;
}
