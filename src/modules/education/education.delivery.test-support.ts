// Helpers of the education delivery tests: a plan and a course written straight into their
// tables (the plan and course routes have their own tests), people through the real route,
// and the personal links the queued mails carry (read from the outbox's secrets, as the mail
// would deliver them).
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { CourseSection, QuizQuestion } from "../../core/education/index.ts";
import type { TestApp, TestUser } from "../../test/harness.ts";

/** Two questions: q1 single (c1 right), q2 multiple (a and b right, c wrong). */
export const QUIZ: QuizQuestion[] = [
  {
    id: "q1",
    kind: "single",
    prompt: "個人情報を含む書類を廃棄するときは？",
    explanation: "個人情報を含む書類は、読み取れない状態にしてから廃棄します。",
    choices: [
      { id: "c1", text: "シュレッダーにかける", correct: true, explanation: "正解です。" },
      {
        id: "c2",
        text: "そのままごみ箱に捨てる",
        correct: false,
        explanation: "第三者に読まれるおそれがあります。",
      },
    ],
  },
  {
    id: "q2",
    kind: "multiple",
    prompt: "要配慮個人情報に当たるものをすべて選んでください。",
    choices: [
      { id: "a", text: "病歴", correct: true },
      { id: "b", text: "犯罪の経歴", correct: true },
      {
        id: "c",
        text: "趣味",
        correct: false,
        explanation: "趣味は要配慮個人情報ではありません。",
      },
    ],
  },
];

export const RIGHT = { q1: ["c1"], q2: ["a", "b"] };
export const HALF = { q1: ["c1"], q2: ["a"] };
export const WRONG = { q1: ["c2"], q2: ["c"] };

export async function seedPlan(
  t: TestApp,
  orgId: string,
  over: { fiscalYear?: number; periodStart?: string; periodEnd?: string; days?: number } = {},
): Promise<string> {
  const id = randomUUID();
  const year = over.fiscalYear ?? 2026;
  await t.database.query(
    `insert into education_plan (org_id, id, fiscal_year, title, period_start, period_end,
       new_hire_within_days) values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      orgId,
      id,
      year,
      `${year}年度 教育計画`,
      over.periodStart ?? `${year}-04-01`,
      over.periodEnd ?? `${year + 1}-03-31`,
      over.days ?? 30,
    ],
  );
  return id;
}

export async function seedCourse(
  t: TestApp,
  orgId: string,
  planId: string,
  over: {
    title?: string;
    audience?: string;
    status?: string;
    dueOn?: string | null;
    passMark?: number;
    maxAttempts?: number | null;
    questions?: QuizQuestion[];
    sections?: CourseSection[];
  } = {},
): Promise<string> {
  const id = randomUUID();
  await t.database.query(
    `insert into education_course (org_id, id, plan_id, title, description, audience, due_on,
       duration_minutes, pass_mark, max_attempts, sections, questions, status)
     values ($1, $2, $3, $4, $5, $6, $7, 30, $8, $9, $10::jsonb, $11::jsonb, $12)`,
    [
      orgId,
      id,
      planId,
      over.title ?? "個人情報保護の基礎",
      "毎年の全員向け教育です。",
      over.audience ?? "all_staff",
      over.dueOn === undefined ? null : over.dueOn,
      over.passMark ?? 80,
      over.maxAttempts === undefined ? null : over.maxAttempts,
      JSON.stringify(
        over.sections ?? [
          { id: "s1", kind: "text", title: "はじめに", body: "一段落目。\n\n二段落目。" },
        ],
      ),
      JSON.stringify(over.questions ?? QUIZ),
      over.status ?? "open",
    ],
  );
  return id;
}

export async function addPerson(
  t: TestApp,
  as: TestUser,
  orgId: string,
  name: string,
  body: Record<string, unknown> = {},
): Promise<string> {
  const res = await t
    .as(as)
    .post(`/api/v1/orgs/${orgId}/people`, { name, employmentType: "regular", ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** The newest queued course link per address: address → the personal link's token. */
export async function courseTokens(t: TestApp): Promise<Map<string, string>> {
  const rows = await t.database.query<{ to_address: string; secret: string }>(
    `select m.to_address, s.secret from mail_outbox m join mail_secret s on s.outbox_id = m.id
      where m.template = 'education.course' order by m.created_at, m.id`,
  );
  return new Map(rows.map((r) => [r.to_address, r.secret.split("/p/")[1] ?? ""]));
}

/** The course mails queued so far: address, subject and payload. */
export async function courseMails(t: TestApp) {
  return t.database.query<{ to_address: string; subject: string; payload: { reminder: boolean } }>(
    `select to_address, subject, payload from mail_outbox where template = 'education.course'
      order by created_at, id`,
  );
}
