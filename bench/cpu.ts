// CPU accounting around a load run (Linux /proc): how busy the whole machine was, and the CPU
// time per request spent in this Node process (all its threads) and in the PostgreSQL cluster
// the benchmark started (postmaster and its backends). Tells CPU-bound from waiting.
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

function machineTicks(): { busy: number; total: number } | null {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const total = v.reduce((a, b) => a + b, 0);
    const idle = (v[3] ?? 0) + (v[4] ?? 0); // idle + iowait
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

function stat(pid: number): { ppid: number; ticks: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}

/** CPU ticks of a PostgreSQL cluster: its postmaster plus every process it forked. */
export function clusterTicks(postmasterPid: number): number {
  let ticks = stat(postmasterPid)?.ticks ?? 0;
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!pid) continue;
    const s = stat(pid);
    if (s && s.ppid === postmasterPid) ticks += s.ticks;
  }
  return ticks;
}

export type CpuUse = {
  machineBusyPct: number | null;
  nodeMsPerRequest: number;
  postgresMsPerRequest: number | null;
};

/** Measures around `fn`, which returns how many requests it completed. */
export async function withCpu<T extends { requests: number }>(
  fn: () => Promise<T>,
  postgresPid: number | null,
): Promise<T & { cpu: CpuUse }> {
  const m0 = machineTicks();
  const n0 = process.cpuUsage();
  const p0 = postgresPid ? clusterTicks(postgresPid) : 0;
  const result = await fn();
  const m1 = machineTicks();
  const n1 = process.cpuUsage(n0);
  const p1 = postgresPid ? clusterTicks(postgresPid) : 0;
  const per = (ms: number) => Math.round((ms / Math.max(1, result.requests)) * 1000) / 1000;
  return {
    ...result,
    cpu: {
      machineBusyPct:
        m0 && m1
          ? Math.round((100 * (m1.busy - m0.busy)) / Math.max(1, m1.total - m0.total))
          : null,
      nodeMsPerRequest: per((n1.user + n1.system) / 1000),
      postgresMsPerRequest: postgresPid ? per((p1 - p0) * TICK_MS) : null,
    },
  };
}
