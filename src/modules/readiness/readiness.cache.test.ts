import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Lang } from "../../i18n/messages.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { countingDb } from "../../test/counting-db.ts";
import {
  dbKinds,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";
import {
  moveTestCompletion,
  recordTestCompletions,
} from "../education/education.readiness.test-support.ts";
import { ReadinessCache, readinessCache } from "./readiness.cache.ts";
import type { ReadinessOut } from "./readiness.contract.ts";
import { getReadiness } from "./readiness.service.ts";

const rule = (r: ReadinessOut, id: string) => {
  const found = r.results.find((x) => x.ruleId === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

describe("ReadinessCache (in memory)", () => {
  const report = (score: number) => ({ score }) as unknown as ReadinessOut;
  const key = { changes: "inventory_item=5;person=2", today: "2025-06-15" };

  it("drops the least recently used organization beyond its capacity", () => {
    const c = new ReadinessCache(2);
    c.set("a", "ja", key, report(1));
    c.set("b", "ja", key, report(2));
    expect(c.get("a", "ja", key)?.score).toBe(1); // a is now the most recent
    c.set("c", "ja", key, report(3));
    expect(c.size).toBe(2);
    expect(c.get("b", "ja", key)).toBeUndefined();
    expect(c.get("a", "ja", key)?.score).toBe(1);
    expect(c.get("c", "ja", key)?.score).toBe(3);
  });

  it("misses on other changes or another day, and drops the stale entry", () => {
    const c = new ReadinessCache();
    c.set("a", "ja", key, report(1));
    expect(c.get("a", "ja", { ...key, changes: "inventory_item=6;person=2" })).toBeUndefined();
    expect(c.size).toBe(0);
    c.set("a", "ja", key, report(1));
    expect(c.get("a", "ja", { ...key, today: "2025-06-16" })).toBeUndefined();
    c.set("a", "ja", key, report(1));
    expect(c.get("a", "en", key)).toBeUndefined();
    expect(c.get("a", "ja", key)?.score).toBe(1);
  });

  it("hands out copies: changing what a caller got does not change the entry", () => {
    const c = new ReadinessCache();
    const stored = report(1);
    c.set("a", "ja", key, stored);
    stored.score = 99;
    const got = c.get("a", "ja", key) as ReadinessOut;
    expect(got.score).toBe(1);
    got.score = 42;
    expect(c.get("a", "ja", key)?.score).toBe(1);
  });

  it("clears one organization or all", () => {
    const c = new ReadinessCache();
    c.set("a", "ja", key, report(1));
    c.set("a", "en", key, report(1));
    c.set("ab", "ja", key, report(2));
    c.clear("a");
    expect(c.size).toBe(1);
    expect(c.get("ab", "ja", key)?.score).toBe(2);
    c.clear();
    expect(c.size).toBe(0);
  });
});

describe.each(dbKinds)("readiness cache (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgA: string;
  let orgB: string;
  let counting: ReturnType<typeof countingDb>;
  // One fixed instant for every read, so the day cannot change in the middle of a test.
  const now = new Date();
  const today = todayInJapan(now);
  const ctx = (orgId: string): OrgContext => ({
    orgId,
    userId: owner.id,
    userName: owner.name,
    role: "owner",
  });

  /**
   * One getReadiness through the counting handle: the report, its statements, hit or not. A
   * hit costs the one statement reading the change counters; a miss adds the providers' twelve
   * (one more, the policy's confirmations, once an internal policy is in force).
   */
  async function read(orgId: string, lang: Lang = "ja", at = now) {
    counting.reset();
    const report = await getReadiness(counting.db, ctx(orgId), lang, at);
    const statements = counting.count();
    return { report, statements, hit: statements === 1 };
  }

  /** Reads twice: the second must be a hit; returns the (cached) report. */
  async function warm(orgId: string) {
    await read(orgId);
    const second = await read(orgId);
    expect(second.hit).toBe(true);
    expect(second.statements).toBe(1);
    return second.report;
  }

  async function ok(res: Promise<{ statusCode: number; body: string; json: () => unknown }>) {
    const r = await res;
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json() as { id: string };
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("キャッシュ 担当");
    orgA = await t.createOrg(owner, "株式会社キャッシュA");
    orgB = await t.createOrg(owner, "株式会社キャッシュB");
    counting = countingDb(t);
    const api = t.as(owner);
    await ok(api.post(`/api/v1/orgs/${orgA}/inventory-items`, { name: "顧客名簿" }));
    await ok(api.post(`/api/v1/orgs/${orgA}/legal-requirements`, { lawId: "appi" }));
  });

  afterAll(async () => {
    await t?.close();
  });

  beforeEach(() => {
    readinessCache.clear();
  });

  it("answers a repeated read with one statement and the same report, computed time kept", async () => {
    const first = await read(orgA);
    expect(first.hit).toBe(false);
    expect(first.statements).toBe(13); // the change counters, then the providers' twelve
    const second = await read(orgA);
    expect(second.hit).toBe(true);
    expect(second.statements).toBe(1);
    expect(second.report).toEqual(first.report);
    // Later the same day: still the stored report, stamped when it was computed.
    const later = await read(orgA, "ja", new Date(now.getTime() + 1000));
    expect(later.hit).toBe(true);
    expect(later.report.evaluatedAt).toBe(now.toISOString());
  });

  it("misses on another day and on another language", async () => {
    await warm(orgA);
    const tomorrow = await read(orgA, "ja", new Date(now.getTime() + 24 * 3600_000));
    expect(tomorrow.hit).toBe(false);
    expect(tomorrow.statements).toBe(13);
    expect(tomorrow.report.today).not.toBe(today);

    await warm(orgA);
    const en = await read(orgA, "en");
    expect(en.hit).toBe(false);
    expect(en.statements).toBe(13);
    // The catalogue entry's name follows the language.
    expect(rule(en.report, "legal.checked").details?.[0]?.name).toBe(
      "Act on the Protection of Personal Information",
    );
    const ja = await read(orgA, "ja");
    expect(ja.hit).toBe(true);
    expect(rule(ja.report, "legal.checked").details?.[0]?.name).toBe("個人情報の保護に関する法律");
    expect((await read(orgA, "en")).hit).toBe(true);
  });

  it("keeps organizations apart; a write in one leaves the other's entry alone", async () => {
    const a = await warm(orgA);
    const b = await read(orgB);
    expect(b.hit).toBe(false);
    expect(rule(a, "register.not_empty").status).toBe("ok");
    expect(rule(b.report, "register.not_empty").status).toBe("gap");
    expect((await read(orgB)).hit).toBe(true);
    await ok(t.as(owner).post(`/api/v1/orgs/${orgA}/inventory-items`, { name: "社員名簿" }));
    const bAgain = await read(orgB);
    expect(bAgain.hit).toBe(true);
    expect(bAgain.statements).toBe(1);
    expect(rule(bAgain.report, "register.not_empty").status).toBe("gap");
    expect((await read(orgA)).hit).toBe(false);
  });

  it("reflects every kind of write on the next read", async () => {
    const api = t.as(owner);
    const base = `/api/v1/orgs/${orgB}`;

    // An item.
    expect(rule(await warm(orgB), "register.not_empty").reason.en).toBe(
      "The register has no active items.",
    );
    const item = await ok(api.post(`${base}/inventory-items`, { name: "応募者名簿" }));
    let r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "register.not_empty").reason.en).toBe("Active register items: 1.");

    // A risk row, then its rating.
    const risk = await ok(
      api.post(`${base}/risks`, {
        itemId: item.id,
        phase: "acquisition_input",
        kind: "leak",
        description: "漏えい",
        likelihood: 1,
        impact: 1,
      }),
    );
    expect(rule((await read(orgB)).report, "risk.treated").status).toBe("ok");
    await warm(orgB);
    await ok(api.patch(`${base}/risks/${risk.id}`, { likelihood: 2, impact: 2 }));
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "risk.treated").status).toBe("gap");

    // The risk matrix: accepting the medium level makes that row acceptable.
    await warm(orgB);
    const matrix = (await api.get(`${base}/risk-matrix`)).json() as {
      matrix: Record<string, unknown>;
    };
    await ok(api.put(`${base}/risk-matrix`, { ...matrix.matrix, acceptanceMaxRank: 2 }));
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "risk.treated").status).toBe("ok");

    // An activity record, its approval, and the signed document an approval may rest on.
    expect(rule(await warm(orgB), "manual.resources").status).toBe("gap");
    const resources = await ok(
      api.post(`${base}/activities`, {
        kind: "resources_decided",
        performedOn: "2025-02-01",
        performedByName: "キャッシュ 担当",
        approverUserId: owner.id,
      }),
    );
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "manual.resources").status).toBe("gap");
    await warm(orgB);
    await ok(api.post(`${base}/activities/${resources.id}/approve`));
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "manual.resources").status).toBe("ok");
    // A file attached (a signed approval counts only while its file is there).
    await warm(orgB);
    const boundary = "----cache-test";
    const upload = await t.app.inject({
      method: "POST",
      url: `${base}/attachments/owners/activity_record/${resources.id}`,
      headers: {
        cookie: owner.cookie,
        ...sameOrigin,
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      payload:
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="signed.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    expect((await read(orgB)).hit).toBe(false);

    // An appointment.
    expect(rule(await warm(orgB), "eligibility.pms_manager").status).toBe("gap");
    const person = await ok(
      api.post(`${base}/people`, { name: "管理 花子", employmentType: "regular" }),
    );
    await warm(orgB);
    await ok(
      api.post(`${base}/appointments`, {
        role: "pms_manager",
        personId: person.id,
        from: "2024-04-01",
      }),
    );
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "eligibility.pms_manager").status).toBe("ok");

    // The yearly check of a legal entry.
    const law = await ok(
      api.post(`${base}/legal-requirements`, { name: "社内規程", kind: "guideline" }),
    );
    expect(rule(await warm(orgB), "legal.checked").status).toBe("gap");
    await ok(api.post(`${base}/legal-requirements/checked`, { ids: [law.id], checkedOn: today }));
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "legal.checked").status).toBe("ok");

    // The planned application day: a safety check done today is more than 12 months old on
    // 1 January of the year after next, and counts again once the day is cleared.
    await ok(
      api.post(`${base}/activities`, {
        kind: "safety_measure_check",
        performedOn: today,
        performedByName: "キャッシュ 担当",
      }),
    );
    expect(rule(await warm(orgB), "manual.safety_measures").status).toBe("ok");
    const farAhead = `${Number(today.slice(0, 4)) + 2}-01-01`;
    await ok(api.patch(`${base}/roadmap/plan`, { applicationOn: farAhead }));
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "manual.safety_measures").status).toBe("gap");
    await ok(api.patch(`${base}/roadmap/plan`, { applicationOn: null }));
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "manual.safety_measures").status).toBe("ok");

    // The documents: the internal policy from its template, a change of the document alone
    // (pms_document), each move of its version (pms_document_version), then its sending and
    // the one person's confirmation (pms_document_acknowledgement).
    expect(rule(await warm(orgB), "manual.policy").status).toBe("gap");
    const doc = await ok(
      api.post(`${base}/documents/from-template`, { templateKey: "policy.internal" }),
    );
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "manual.policy").reason.en).toMatch(/is still a draft/);
    await warm(orgB);
    await ok(api.patch(`${base}/documents/${doc.id}`, { approverRole: "pms_manager" }));
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "manual.policy").reason.en).toMatch(/^The policy's approver is not/);
    await ok(api.patch(`${base}/documents/${doc.id}`, { approverRole: "top_management" }));
    const versionId = (
      (await api.get(`${base}/documents/${doc.id}`)).json() as {
        versions: { id: string }[];
      }
    ).versions[0]?.id;
    const v = `${base}/documents/${doc.id}/versions/${versionId}`;
    for (const [move, body] of [
      ["submit", { approverUserId: owner.id }],
      ["approve", {}],
      ["publish", {}],
    ] as const) {
      await warm(orgB);
      await ok(api.post(`${v}/${move}`, body));
      r = await read(orgB);
      expect(r.hit, move).toBe(false);
    }
    // Approved by the owner, who is nobody's top management yet; appointing their own person
    // (same e-mail) is a write the policy rule reads.
    expect(rule(r.report, "manual.policy").reason.en).toMatch(/not appointed as top management/);
    const self = await ok(
      api.post(`${base}/people`, {
        name: "キャッシュ 代表",
        email: owner.email,
        employmentType: "regular",
      }),
    );
    await warm(orgB);
    await ok(
      api.post(`${base}/appointments`, {
        role: "top_management",
        personId: self.id,
        from: "2024-04-01",
      }),
    );
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "manual.policy").status).toBe("ok");
    expect(rule(r.report, "manual.policy_known").status).toBe("gap");
    await warm(orgB);
    await ok(api.post(`${v}/acknowledgements`, { kind: "read", audience: { all: true } }));
    expect((await read(orgB)).hit).toBe(false);
    const asked = ((await api.get(`${v}/acknowledgements`)).json() as { items: { id: string }[] })
      .items;
    expect(asked).toHaveLength(2); // 管理 花子 and キャッシュ 代表
    await warm(orgB);
    for (const a of asked)
      await ok(api.post(`${v}/acknowledgements/${a.id}/record-paper`, { signedOn: today }));
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "manual.policy_known").status).toBe("ok");

    // The education: completions (plan, course, assignments in one audited write), then one
    // of them moved a year back (education_assignment).
    expect(rule(await warm(orgB), "manual.education").status).toBe("gap");
    const staff = (await api.get(`${base}/people?limit=200`)).json() as { items: { id: string }[] };
    const done = await recordTestCompletions(
      t.database.db,
      ctx(orgB),
      staff.items.map((p) => p.id),
      today,
    );
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "manual.education").status).toBe("ok");
    expect(rule(r.report, "education.all_staff").status).toBe("ok");
    await warm(orgB);
    await moveTestCompletion(t.database.db, ctx(orgB), done[0] as string, "2020-04-01");
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "education.all_staff").status).toBe("gap");
  });

  it("keeps the report through downloads and writes no provider reads", async () => {
    const api = t.as(owner);
    const base = `/api/v1/orgs/${orgA}`;
    const before = await warm(orgA);
    // A download is audited (an export event), but changes no record.
    const xlsx = await api.get(`${base}/inventory-items/export.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const afterDownload = await read(orgA);
    expect(afterDownload.hit).toBe(true);
    expect(afterDownload.report).toEqual(before);
    // A work-plan task is audited, but no readiness rule reads tasks.
    await ok(api.post(`${base}/roadmap/tasks`, { step: 1, title: "キックオフ" }));
    expect((await read(orgA)).hit).toBe(true);
  });

  it("misses after a profile change, a departure and a deleted item with its risks", async () => {
    const api = t.as(owner);
    const base = `/api/v1/orgs/${orgB}`;
    expect(rule(await warm(orgB), "scope.defined").status).toBe("gap");
    const put = await api.put(`${base}/profile`, {
      name: "株式会社キャッシュB",
      scope: "本社の全業務",
    });
    expect(put.statusCode, put.body).toBe(200);
    let r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "scope.defined").status).toBe("ok");

    const person = await ok(
      api.post(`${base}/people`, { name: "退職 予定", employmentType: "regular" }),
    );
    await warm(orgB);
    await ok(api.patch(`${base}/people/${person.id}`, { leftOn: "2020-03-31" }));
    expect((await read(orgB)).hit).toBe(false);

    const item = await ok(api.post(`${base}/inventory-items`, { name: "削除する台帳" }));
    await ok(
      api.post(`${base}/risks`, {
        itemId: item.id,
        phase: "disposal",
        kind: "leak",
        description: "廃棄時の漏えい",
        likelihood: 3,
        impact: 3,
      }),
    );
    expect(rule(await warm(orgB), "risk.treated").status).toBe("gap");
    expect((await api.delete(`${base}/inventory-items/${item.id}`)).statusCode).toBe(204);
    r = await read(orgB);
    expect(r.hit).toBe(false);
    expect(rule(r.report, "risk.treated").status).toBe("ok");
  });

  it("stays out of transactions: no stored report, and none used", async () => {
    const before = await warm(orgA);
    expect(rule(before, "scope.defined").status).toBe("gap");
    const rolledBack = new Error("roll back");
    let inside: ReadinessOut | undefined;
    await expect(
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`update org_profile set scope = '本社の全業務' where org_id = ${orgA}`);
        inside = await getReadiness(tx, ctx(orgA), "ja", now);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(rule(inside as ReadinessOut, "scope.defined").status).toBe("ok");
    const after = await read(orgA);
    expect(after.hit).toBe(true);
    expect(rule(after.report, "scope.defined").status).toBe("gap");
  });
});
