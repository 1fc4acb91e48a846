// The jobs page's data: the schedule as the runner left it, and the backup status by mode.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import type { JobDefinition } from "../shared/job-definition.ts";
import { createJobRunner } from "./jobs.runner.ts";

describe.each(dbKinds)("jobs routes (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp();
    orgId = await t.createOrg(owner);
  }, 60_000);
  afterAll(() => t?.close());

  it("lists each job's rhythm, last outcome and next run", async () => {
    const at = new Date("2026-12-06T01:00:00.000Z");
    const jobs: JobDefinition[] = [
      { name: "test.fine", everySeconds: 3600, run: async () => "3件" },
      {
        name: "test.broken",
        everySeconds: 60,
        retrySeconds: 30,
        run: async () => {
          throw new RangeError("<b>山田</b>");
        },
      },
    ];
    const log = { info: () => {}, warn: () => {} };
    await createJobRunner({
      database: t.database,
      config: {} as never,
      jobs,
      log,
      clock: () => at,
    }).runDue();
    const res = await t.as(owner).get(`/api/v1/orgs/${orgId}/jobs`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.enabled).toBe(true);
    expect(body.items).toEqual([
      {
        name: "test.broken",
        everySeconds: 60,
        nextRunAt: "2026-12-06T01:00:30.000Z",
        running: false,
        lastStartedAt: "2026-12-06T01:00:00.000Z",
        lastFinishedAt: "2026-12-06T01:00:00.000Z",
        lastSucceededAt: null,
        lastStatus: "failed",
        lastSummary: "RangeError",
        runs: 1,
        failures: 1,
        failuresInRow: 1,
      },
      {
        name: "test.fine",
        everySeconds: 3600,
        nextRunAt: "2026-12-06T02:00:00.000Z",
        running: false,
        lastStartedAt: "2026-12-06T01:00:00.000Z",
        lastFinishedAt: "2026-12-06T01:00:00.000Z",
        lastSucceededAt: "2026-12-06T01:00:00.000Z",
        lastStatus: "ok",
        lastSummary: "3件",
        runs: 1,
        failures: 0,
        failuresInRow: 0,
      },
    ]);
    const status = await t.as(owner).get(`/api/v1/orgs/${orgId}/jobs/backup-status`);
    expect(status.json()).toEqual({
      state: "none",
      embedded: kind === "pglite",
      lastSucceededAt: null,
      lastSummary: null,
      nextRunAt: null,
    });
  });
});
