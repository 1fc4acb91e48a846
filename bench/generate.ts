// Deterministic generator of a large organization for benchmarks: one owner signed up through
// the app's own sign-up route, the organization created with createOrganization, then a
// department tree and people inserted through Drizzle in batches (no per-row audit events).
import type { Database } from "../src/db/client.ts";
import { createOrganization } from "../src/modules/org/org.service.ts";
import { department } from "../src/modules/org/org.tables.ts";
import type { EmploymentType } from "../src/modules/people/people.contract.ts";
import { person } from "../src/modules/people/people.tables.ts";
import type { ApiApp } from "../src/server/app.ts";
import { DIVISIONS, GIVEN_NAMES, type NamePart, SECTION_SUFFIXES, SURNAMES } from "./names.ts";
import { benchOrigin } from "./origin.ts";

export type GenerateOptions = { seed?: number; people?: number; batchSize?: number };
export type Generated = {
  orgId: string;
  owner: { id: string; email: string; password: string };
  departments: number;
  people: number;
  ms: number;
};

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const intBelow = (rng: Rng, n: number) => Math.floor(rng() * n);

function pick<T>(rng: Rng, list: readonly T[]): T {
  const v = list[intBelow(rng, list.length)];
  if (v === undefined) throw new Error("pick from an empty list");
  return v;
}

/** Zipf-like choice: earlier (more common) entries are picked more often. */
function pickCommon<T>(rng: Rng, list: readonly T[]): T {
  const i = Math.floor(list.length * rng() ** 2.2);
  return list[Math.min(i, list.length - 1)] as T;
}

function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => intBelow(rng, 16).toString(16));
  hex[12] = "4";
  hex[16] = "89ab"[intBelow(rng, 4)] ?? "8";
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

type Dept = typeof department.$inferInsert;

/** 本社 → 5 本部 → 18 部 → 36 課: 60 departments. */
function departmentTree(rng: Rng, orgId: string): { all: Dept[]; leaves: Dept[]; upper: Dept[] } {
  const make = (name: string, parentId: string | null, sortOrder: number): Dept => ({
    orgId,
    id: uuid(rng),
    name,
    parentId,
    sortOrder,
  });
  const root = make("本社", null, 0);
  const all: Dept[] = [root];
  const leaves: Dept[] = [];
  const upper: Dept[] = [root];
  DIVISIONS.forEach((div, i) => {
    const d = make(div.name, root.id, i);
    all.push(d);
    upper.push(d);
    div.departments.forEach((name, j) => {
      const dep = make(name, d.id, j);
      all.push(dep);
      upper.push(dep);
      SECTION_SUFFIXES.forEach((suffix, k) => {
        const sec = make(`${name.replace(/部$/, "")}${suffix}`, dep.id, k);
        all.push(sec);
        leaves.push(sec);
      });
    });
  });
  return { all, leaves, upper };
}

const TYPES: readonly [EmploymentType, number][] = [
  ["officer", 0.01],
  ["regular", 0.7],
  ["contract", 0.12],
  ["part_time", 0.1],
  ["dispatched", 0.07],
];

function employmentType(rng: Rng): EmploymentType {
  let r = rng();
  for (const [type, p] of TYPES) {
    if (r < p) return type;
    r -= p;
  }
  return "regular";
}

type PersonRow = typeof person.$inferInsert;

/** People with realistic names, readings, unique e-mails, every employment type and dates. */
export function generatePeople(
  seed: number,
  orgId: string,
  count: number,
): { departments: Dept[]; people: PersonRow[] } {
  const rng = prng(seed);
  const tree = departmentTree(rng, orgId);
  const usedEmails = new Map<string, number>();
  const today = Date.UTC(2025, 5, 30);
  const day = 86_400_000;
  const people: PersonRow[] = [];
  for (let i = 0; i < count; i++) {
    const sur: NamePart = pickCommon(rng, SURNAMES);
    const given: NamePart = pickCommon(rng, GIVEN_NAMES);
    const type = i < 30 ? "officer" : employmentType(rng);
    const local = `${given[2][0]}.${sur[2]}`;
    const n = (usedEmails.get(local) ?? 0) + 1;
    usedEmails.set(local, n);
    const hasEmail = type === "dispatched" ? rng() < 0.6 : rng() < 0.98;
    const joined = today - intBelow(rng, 40 * 365) * day;
    const leftRoll = rng();
    let leftOn: string | null = null;
    if (leftRoll < 0.15)
      leftOn = isoDate(joined + intBelow(rng, Math.max(1, (today - joined) / day)) * day);
    else if (leftRoll < 0.17) leftOn = isoDate(today + (1 + intBelow(rng, 180)) * day);
    const dept =
      type === "officer"
        ? pick(rng, tree.upper.slice(0, 6))
        : rng() < 0.08
          ? pick(rng, tree.upper)
          : pick(rng, tree.leaves);
    people.push({
      orgId,
      id: uuid(rng),
      name: `${sur[0]} ${given[0]}`,
      kana: rng() < 0.02 ? null : `${sur[1]} ${given[1]}`,
      email: hasEmail ? `${n > 1 ? `${local}${n}` : local}@bench.example.co.jp` : null,
      departmentId: rng() < 0.01 ? null : (dept.id ?? null),
      employmentType: type,
      joinedOn: rng() < 0.03 ? null : isoDate(joined),
      leftOn,
      userId: null,
    });
  }
  return { departments: tree.all, people };
}

/** Signs an owner up through the app, creates the organization and inserts the register. */
export async function generateOrganization(
  app: ApiApp,
  database: Database,
  opts: GenerateOptions = {},
): Promise<Generated> {
  const started = performance.now();
  const seed = opts.seed ?? 20250630;
  const owner = { email: `owner-${seed}@bench.example.co.jp`, password: "correct-horse-battery" };
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    headers: benchOrigin,
    payload: { name: "ベンチ 太郎", email: owner.email, password: owner.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
  const userId: string = res.json().user.id;
  const { id: orgId } = await createOrganization(
    database.db,
    { id: userId, name: "ベンチ 太郎" },
    { name: "株式会社ベンチマーク商事" },
  );
  const { departments, people } = generatePeople(seed, orgId, opts.people ?? 3000);
  const batch = opts.batchSize ?? 500;
  await database.db.transaction(async (tx) => {
    await tx.insert(department).values(departments);
    for (let i = 0; i < people.length; i += batch)
      await tx.insert(person).values(people.slice(i, i + batch));
  });
  await database.query("analyze");
  return {
    orgId,
    owner: { id: userId, ...owner },
    departments: departments.length,
    people: people.length,
    ms: performance.now() - started,
  };
}
