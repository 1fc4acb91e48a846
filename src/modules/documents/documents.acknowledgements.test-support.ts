// Helpers of the 周知・誓約 tests: a published document made through the real routes (create,
// write, submit, approve, publish), and the personal links the queued mails carry (read from
// the outbox's secrets, as the mail would deliver them).
import { expect } from "vitest";
import type { TestApp, TestUser } from "../../test/harness.ts";

const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

/** The text of the test policy: a heading, a paragraph with the business name field. */
export const POLICY_CONTENT = {
  type: "doc",
  content: [
    {
      type: "heading",
      attrs: { level: 1, refs: null },
      content: [{ type: "text", text: "個人情報保護方針" }],
    },
    {
      type: "paragraph",
      content: [
        { type: "field", attrs: { key: "org.name" } },
        { type: "text", text: "は、個人情報を大切に扱います。" },
      ],
    },
    { type: "paragraph", content: [{ type: "field", attrs: { key: "org.headOffice" } }] },
    para("以上"),
  ],
};

/** Creates a document and publishes its first version, approved by `owner`. */
export async function publishedDocument(
  t: TestApp,
  owner: TestUser,
  orgId: string,
  body: { number: string; title: string; kind?: string },
  content: unknown = POLICY_CONTENT,
): Promise<{ documentId: string; versionId: string }> {
  const base = `/api/v1/orgs/${orgId}/documents`;
  const created = await t.as(owner).post(base, { kind: "policy", ...body });
  expect(created.statusCode, created.body).toBe(201);
  const documentId = created.json().id as string;
  const doc = await t.as(owner).get(`${base}/${documentId}`);
  const versionId = doc.json().versions[0].id as string;
  return {
    documentId,
    versionId: await publishNext(t, owner, orgId, documentId, versionId, content),
  };
}

/** Writes, approves and publishes the open version `versionId`; returns its id. */
export async function publishNext(
  t: TestApp,
  owner: TestUser,
  orgId: string,
  documentId: string,
  versionId: string,
  content: unknown,
): Promise<string> {
  const v = `/api/v1/orgs/${orgId}/documents/${documentId}/versions/${versionId}`;
  const current = await t.as(owner).get(v);
  const saved = await t.as(owner).put(v, { content, revision: current.json().revision });
  expect(saved.statusCode, saved.body).toBe(200);
  const sub = await t.as(owner).post(`${v}/submit`, { approverUserId: owner.id });
  expect(sub.statusCode, sub.body).toBe(200);
  const ok = await t.as(owner).post(`${v}/approve`);
  expect(ok.statusCode, ok.body).toBe(200);
  const pub = await t.as(owner).post(`${v}/publish`, {});
  expect(pub.statusCode, pub.body).toBe(200);
  return versionId;
}

/** A new version of a published document, published: the earlier one is superseded. */
export async function publishNewVersion(
  t: TestApp,
  owner: TestUser,
  orgId: string,
  documentId: string,
  content: unknown = POLICY_CONTENT,
): Promise<string> {
  const base = `/api/v1/orgs/${orgId}/documents/${documentId}`;
  const opened = await t.as(owner).post(`${base}/versions`, {});
  expect(opened.statusCode, opened.body).toBe(201);
  return publishNext(t, owner, orgId, documentId, opened.json().id as string, content);
}

/** The newest queued link per address: address → the personal link's token. */
export async function mailedTokens(t: TestApp): Promise<Map<string, string>> {
  const rows = await t.database.query<{ to_address: string; secret: string }>(
    `select m.to_address, s.secret from mail_outbox m join mail_secret s on s.outbox_id = m.id
      where m.template = 'documents.acknowledgement' order by m.created_at, m.id`,
  );
  return new Map(rows.map((r) => [r.to_address, r.secret.split("/p/")[1] ?? ""]));
}
