import { describe, expect, it } from "vitest";
import type { StepProgress } from "../../core/readiness/index.ts";
import type { TaskOut } from "./roadmap.contract.ts";
import { combinedStatus, presentStep, presentTask, type TaskRow } from "./roadmap.present.ts";

const task = (doneOn: string | null, dueOn: string | null = null): TaskOut =>
  presentTask(
    {
      orgId: "o",
      id: `t-${doneOn}-${dueOn}`,
      step: 5,
      title: "作業",
      owner: "client",
      assigneeUserId: null,
      assigneeName: null,
      dueOn,
      doneOn,
      sort: 0,
      createdAt: new Date(),
      updatedAt: new Date(),
    } satisfies TaskRow,
    "2025-06-01",
  );

const progress = (ok: number, gap: number, na = 0): StepProgress => ({
  step: 5,
  title: { ja: "台帳", en: "Register" },
  status: ok + gap === 0 ? "na" : gap === 0 ? "done" : ok === 0 ? "not_started" : "in_progress",
  ok,
  gap,
  na,
  total: ok + gap + na,
});

describe("combinedStatus (rules and tasks count alike)", () => {
  it.each([
    ["nothing applicable, no task", 0, 0, [], "na"],
    ["rules ok, no task", 2, 0, [], "done"],
    ["rules ok, task open", 2, 0, [null], "in_progress"],
    ["rules ok, tasks done", 1, 0, ["2025-05-01", "2025-05-02"], "done"],
    ["rule gap, no task", 0, 1, [], "not_started"],
    ["rule gap, task done", 0, 1, ["2025-05-01"], "in_progress"],
    ["no rule, task open", 0, 0, [null], "not_started"],
    ["no rule, one of two tasks done", 0, 0, [null, "2025-05-01"], "in_progress"],
    ["no rule, task done", 0, 0, ["2025-05-01"], "done"],
  ] as const)("%s → %s", (_what, ok, gap, done, status) => {
    expect(
      combinedStatus(
        progress(ok, gap),
        done.map((d) => task(d)),
      ),
    ).toBe(status);
  });
});

describe("lateness (today 2025-06-01)", () => {
  it("a task is late the day after its due day, unless done", () => {
    expect(task(null, "2025-05-31").late).toBe(true);
    expect(task(null, "2025-06-01").late).toBe(false);
    expect(task("2025-06-01", "2025-05-01").late).toBe(false);
    expect(task(null, null).late).toBe(false);
  });

  it("a step is late after its planned end unless done or not applicable", () => {
    const plan = (plannedEnd: string | null) => ({ plannedStart: null, plannedEnd, note: null });
    const open = presentStep(progress(1, 1), plan("2025-05-31"), [], "2025-06-01");
    expect(open).toMatchObject({ status: "in_progress", late: true, plannedEnd: "2025-05-31" });
    expect(presentStep(progress(1, 1), plan("2025-06-01"), [], "2025-06-01").late).toBe(false);
    expect(presentStep(progress(2, 0), plan("2025-01-31"), [], "2025-06-01").late).toBe(false);
    expect(presentStep(progress(0, 0), plan("2025-01-31"), [], "2025-06-01").late).toBe(false);
    expect(presentStep(progress(0, 1), undefined, [], "2025-06-01")).toMatchObject({
      plannedStart: null,
      plannedEnd: null,
      note: null,
      late: false,
    });
  });

  it("counts the tasks and keeps the rules' own status", () => {
    const s = presentStep(
      progress(1, 0, 2),
      undefined,
      [task(null), task("2025-05-01")],
      "2025-06-01",
    );
    expect(s).toMatchObject({
      status: "in_progress",
      rules: { status: "done", ok: 1, gap: 0, na: 2 },
      tasksTotal: 2,
      tasksDone: 1,
    });
  });
});
