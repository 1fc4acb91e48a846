// What the steps of the main scenario share, and the API calls they make with the page's
// session (page.request shares the browser context's cookies).
import type { Page } from "playwright-core";
import { AssertionError } from "./expect.ts";

export type PersonRef = { personId: string; name: string };
/** A register item the issue-3 steps created. */
export type ItemRef = { id: string; name: string; departmentName: string };

export type World = {
  page: Page;
  baseUrl: string;
  user: { name: string; email: string; password: string };
  /** Calendar days in the browser's (= this machine's) time zone, YYYY-MM-DD. */
  today: string;
  yesterday: string;
  orgId: string;
  /** Whether the demo seed filled the organization (else the setup step did, via the API). */
  seeded: boolean;
  departmentName: string;
  pmsManager: PersonRef | null;
  auditLead: (PersonRef & { appointmentId: string }) | null;
  profile: { representative: string; capital: number };
  imported: { name: string; kana: string; email: string }[];
  /** The register item created through the form (issue 3). */
  item: ItemRef | null;
  /** The department of the issue-3 items: 第二営業課 in the demo organization. */
  registerDepartment: string;
};

const pad = (n: number) => String(n).padStart(2, "0");
export const isoDay = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export function newWorld(page: Page, baseUrl: string): World {
  const run = Date.now().toString(36);
  // Days as the server counts them: in Japan (src/core/today-in-japan.ts), whatever the zone
  // of this machine; the run may straddle midnight in Tokyo while it is afternoon in UTC.
  const japan = new Date(Date.now() + 9 * 3600_000);
  const now = new Date(japan.getUTCFullYear(), japan.getUTCMonth(), japan.getUTCDate());
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  return {
    page,
    baseUrl,
    user: { name: "試験 利用者", email: `e2e-${run}@example.com`, password: "e2e-passw0rd-long" },
    today: isoDay(now),
    yesterday: isoDay(yesterday),
    orgId: "",
    seeded: false,
    departmentName: "",
    pmsManager: null,
    auditLead: null,
    profile: { representative: "代表取締役 試験 太郎", capital: 50_000_000 },
    imported: ["一郎", "二郎", "三郎", "四郎", "五郎"].map((given, i) => ({
      name: `試験 ${given}`,
      kana: `シケン ${["イチロウ", "ジロウ", "サブロウ", "シロウ", "ゴロウ"][i]}`,
      email: `e2e-${run}-${i + 1}@example.com`,
    })),
    item: null,
    registerDepartment: "",
  };
}

export function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined || value === "")
    throw new AssertionError(`${what} is not known yet (an earlier step did not set it)`);
  return value;
}

type Json = Record<string, unknown>;

/** JSON API call under /api/v1/orgs/:orgId with the page's session; fails on non-2xx. */
export async function orgApi<T = Json>(
  w: World,
  method: "GET" | "POST" | "PUT" | "PATCH",
  path: string,
  body?: unknown,
): Promise<T> {
  const url = `${w.baseUrl}/api/v1/orgs/${need(w.orgId, "organization id")}${path}`;
  const res = await w.page.request.fetch(url, {
    method,
    headers: { Accept: "application/json", "Accept-Language": "ja", Origin: w.baseUrl },
    ...(body === undefined ? {} : { data: body }),
  });
  const text = await res.text();
  if (!res.ok())
    throw new AssertionError(`${method} ${path} answered ${res.status()}: ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : null) as T;
}

export type ListOf<T> = { items: T[]; total: number };
export type ApiDepartment = { id: string; name: string; parentId: string | null };
export type ApiAppointment = {
  id: string;
  role: string;
  personId: string;
  personName: string;
  from: string;
  to: string | null;
  current: boolean;
};
export type ApiPerson = {
  id: string;
  name: string;
  email: string | null;
  joinedOn: string | null;
  leftOn: string | null;
};
