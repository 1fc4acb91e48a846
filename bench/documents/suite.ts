import { buildApp } from "../../src/server/app.ts";
import { loadConfig } from "../../src/server/config.ts";
import { benchEnv } from "../origin.ts";
import { openBenchDatabase } from "../postgres.ts";
import { median } from "../registers/measure.ts";
import { DEPARTMENTS, fillStaff, ownerWithOrg } from "../staff.ts";

export type DocumentsRun = {
  /** Nobody holds a link of the purpose yet (the first document sent). */
  sendMs: number;
  /** Everybody holds one from the previous send: each mail's new link replaces it. */
  sendAgainMs: number;
  pageMs: number;
  pageConfirmedMs: number;
  pageFilteredMs: number;
  /** Mails and links the send produced (checked against the staff with e-mail). */
  mailed: number;
};
export type DocumentsKindResult = {
  kind: "pglite" | "postgres";
  staff: number;
  runs: DocumentsRun[];
  median: Omit<DocumentsRun, "mailed">;
};

export async function benchDocuments(
  kind: "pglite" | "postgres",
  settings: { staff: number; runs: number; log: (line: string) => void },
): Promise<DocumentsKindResult> {
  const { database, close } = await openBenchDatabase(kind, "docs");
  try {
    await database.migrate();
    const config = loadConfig({
      ...benchEnv,
      LOG_LEVEL: "silent",
      LINK_SIGNING_KEY: "bench-link-signing-key-0123456789abcdef0123",
    });
    const app = await buildApp(database, config, { logger: false });
    try {
      const { owner, call, orgId } = await ownerWithOrg(
        app,
        `owner-documents-${kind}@bench.example.co.jp`,
        "株式会社ベンチ周知",
      );
      const base = `/api/v1/orgs/${orgId}`;
      const depts = await fillStaff(database, orgId, settings.staff, {
        everyTenthWithoutEmail: true,
      });
      const dept = depts[3] ?? "";
      const withEmail = settings.staff - Math.floor(settings.staff / 10);
      settings.log(`${kind}: ${settings.staff} staff in ${DEPARTMENTS} departments`);
      /** A new policy written, approved and published: its version and acknowledgements path. */
      const publishVersion = async (n: number) => {
        const { id } = await call("POST", `${base}/documents`, {
          number: `P-${n}`,
          title: `個人情報保護方針 ${n}`,
          kind: "policy",
        });
        const doc = await call("GET", `${base}/documents/${id}`);
        const vid = doc.versions[0].id as string;
        const v = `${base}/documents/${id}/versions/${vid}`;
        const content = {
          type: "doc",
          content: [
            { type: "paragraph", content: [{ type: "field", attrs: { key: "org.name" } }] },
            { type: "paragraph", content: [{ type: "text", text: "個人情報を大切に扱います。" }] },
          ],
        };
        await call("PUT", v, { content, revision: 1 });
        await call("POST", `${v}/submit`, { approverUserId: owner.id });
        await call("POST", `${v}/approve`);
        await call("POST", `${v}/publish`, {});
        return { acks: `${v}/acknowledgements`, vid };
      };
      const runs: DocumentsRun[] = [];
      for (let run = 0; run < settings.runs; run++) {
        // The first send: nobody holds a live link (the previous run's are put out of use).
        await database.query(
          "update personal_link set revoked_at = now() where revoked_at is null",
        );
        const { acks, vid } = await publishVersion(2 * run + 1);
        let t = performance.now();
        const sent = await call("POST", acks, {
          kind: "read",
          audience: { all: true },
          dueOn: "2099-12-31",
        });
        const sendMs = performance.now() - t;
        if (sent.asked !== settings.staff || sent.mailed !== withEmail)
          throw new Error(`unexpected send: ${JSON.stringify({ ...sent, needSheet: undefined })}`);

        t = performance.now();
        const page = await call("GET", `${acks}?kind=read&page=1&limit=50`);
        const pageMs = performance.now() - t;
        if (page.counts.asked !== settings.staff || page.items.length !== 50)
          throw new Error(`unexpected page: ${JSON.stringify(page.counts)}`);

        // A third confirm (as the person's side writes them), then the page again.
        await database.query(
          `update pms_document_acknowledgement set acknowledged_at = now(), via = 'link'
            where version_id = $1 and id in (
              select id from pms_document_acknowledgement where version_id = $1
               order by id limit $2)`,
          [vid, Math.floor(settings.staff / 3)],
        );
        t = performance.now();
        const confirmed = await call("GET", `${acks}?kind=read&page=1&limit=50`);
        const pageConfirmedMs = performance.now() - t;
        if (confirmed.counts.confirmed !== Math.floor(settings.staff / 3))
          throw new Error(`unexpected counts: ${JSON.stringify(confirmed.counts)}`);

        t = performance.now();
        await call("GET", `${acks}?kind=read&status=pending&departmentId=${dept}&page=1&limit=50`);
        const pageFilteredMs = performance.now() - t;

        // Another document to the same staff: every mail carries a new link replacing the last.
        const again = (await publishVersion(2 * run + 2)).acks;
        t = performance.now();
        await call("POST", again, { kind: "read", audience: { all: true }, dueOn: "2099-12-31" });
        const sendAgainMs = performance.now() - t;

        runs.push({
          sendMs,
          sendAgainMs,
          pageMs,
          pageConfirmedMs,
          pageFilteredMs,
          mailed: sent.mailed,
        });
        settings.log(
          `${kind} run ${run + 1}: send ${sendMs.toFixed(0)} ms, again ${sendAgainMs.toFixed(0)} ms, page ${pageMs.toFixed(0)} ms, ` +
            `page (a third confirmed) ${pageConfirmedMs.toFixed(0)} ms, filtered ${pageFilteredMs.toFixed(0)} ms`,
        );
      }
      return {
        kind,
        staff: settings.staff,
        runs,
        median: {
          sendMs: median(runs.map((r) => r.sendMs)),
          sendAgainMs: median(runs.map((r) => r.sendAgainMs)),
          pageMs: median(runs.map((r) => r.pageMs)),
          pageConfirmedMs: median(runs.map((r) => r.pageConfirmedMs)),
          pageFilteredMs: median(runs.map((r) => r.pageFilteredMs)),
        },
      };
    } finally {
      await app.close();
    }
  } finally {
    await close();
  }
}

export function documentsMarkdown(
  machine: { date: string; nproc: number; cpu: string; node: string; loadAverageBefore: number },
  settings: { staff: number; runs: number },
  results: DocumentsKindResult[],
  failures: string[],
): string {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const each = (r: DocumentsKindResult, f: (x: DocumentsRun) => number) =>
    r.runs.map((x) => f(x).toFixed(0)).join(" / ");
  const rows = results.map(
    (r) =>
      `| ${r.kind} | ${ms(r.median.sendMs)} | ${ms(r.median.sendAgainMs)} | ${ms(r.median.pageMs)} | ${ms(r.median.pageConfirmedMs)} | ${ms(r.median.pageFilteredMs)} | ${each(r, (x) => x.sendMs)} | ${each(r, (x) => x.pageMs)} |`,
  );
  const staff = settings.staff.toLocaleString("en");
  return `# Documents: send a version to ${staff} staff, render its confirmation page

\`npm run bench documents\` (bench/documents/suite.ts), ${machine.date.slice(0, 10)}: ${machine.nproc} CPUs
(${machine.cpu}), Node ${machine.node}, load average before ${machine.loadAverageBefore}.
Medians of ${settings.runs} runs; each run publishes a new version and sends it. Goal: under 1 s
on PostgreSQL, 2 s embedded (PGlite).

- **Send**: \`POST …/versions/:vid/acknowledgements\` to all ${staff} staff in office (30
  departments, one in ten without e-mail), through the real app (\`buildApp\`, \`app.inject\`):
  in one transaction a row per person (\`jsonb_to_recordset\` insert), a new personal link and a
  mail for each person with e-mail (${Math.round(settings.staff * 0.9).toLocaleString("en")}: the links' hashes, one audit event per
  link as the personal links require, the outbox rows and their secrets) and one event for the
  send with its counts. *First*: nobody holds a link of the purpose yet. *Links replaced*:
  another document right after, to the same staff: only a link's hash is kept, so each mail
  carries a new link and the person's earlier one is revoked (one more audit event per person).
- **Page**: \`GET …/acknowledgements?page=1&limit=50\`: the counts (one aggregate) and page 1 by
  reading, right after the send; again once a third have confirmed; and with a department and
  status filter (\`status=pending&departmentId=…\`).
- Found on the way: revoking the earlier links with \`person_id in (select
  jsonb_array_elements_text($1))\` was planned by PGlite as a scan per person (1.6 s for 2,700
  links); \`= any(array(select …))\` takes 0.2 s. Inserting the links as one JSON parameter
  (\`insertMany\`) instead of a parameter per cell saved about 0.2 s more.

| database | send (first) | send (links replaced) | page 1 + counts | same, a third confirmed | filtered | send (first), each run (ms) | page, each run (ms) |
| -------- | ------------ | --------------------- | --------------- | ----------------------- | -------- | --------------------------- | ------------------- |
${rows.join("\n")}
${failures.length ? `\nFailures:\n\n${failures.map((f) => `- ${f}`).join("\n")}\n` : ""}`;
}
