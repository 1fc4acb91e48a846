// Helpers of the public page's tests: documents written, approved and published through the
// document register's own routes, the page's settings, and form tokens made as the page makes
// them (with the tests' link-signing key), at any age.
import type { DocumentContent } from "../../core/documents/content.ts";
import { TEST_LINK_SIGNING_KEY, type TestApp, type TestUser } from "../../test/harness.ts";
import { issueFormToken } from "./public-page.form-token.ts";

export const text = (...paragraphs: string[]): DocumentContent => ({
  type: "doc",
  content: paragraphs.map((t) => ({ type: "paragraph", content: [{ type: "text", text: t }] })),
});

/** A token for `slug` issued `ageMs` ago (the form wants at least 3 s, at most 2 h). */
export const formToken = (slug: string, ageMs = 5_000) =>
  issueFormToken(
    // The link-signing key as the page reads it (personal-links/link-token.ts: its bytes).
    { bytes: Buffer.from(TEST_LINK_SIGNING_KEY, "utf8") },
    slug,
    new Date(Date.now() - ageMs),
  );

type Doc = { number: string; title: string; kind?: string; audience?: string };

export function documentSteps(t: TestApp, owner: TestUser, orgId: string) {
  const api = t.as(owner);
  const base = `/api/v1/orgs/${orgId}/documents`;
  const expectOk = (res: { statusCode: number; body: string }, status = 200) => {
    if (res.statusCode !== status) throw new Error(`${res.statusCode} ${res.body}`);
    return JSON.parse(res.body);
  };
  const versionOf = async (id: string, vid: string) =>
    expectOk(await api.get(`${base}/${id}/versions/${vid}`));

  /** Writes `content` into the draft `vid`. */
  const write = async (id: string, vid: string, content: DocumentContent) => {
    const { revision } = await versionOf(id, vid);
    expectOk(await api.put(`${base}/${id}/versions/${vid}`, { content, revision }));
  };
  /** Submits, approves (as the owner) and publishes the version. */
  const publish = async (id: string, vid: string) => {
    expectOk(await api.post(`${base}/${id}/versions/${vid}/submit`, { approverUserId: owner.id }));
    expectOk(await api.post(`${base}/${id}/versions/${vid}/approve`));
    expectOk(await api.post(`${base}/${id}/versions/${vid}/publish`));
  };
  /** A new document with its first draft holding `content`: ids of both. */
  const draft = async (doc: Doc, content: DocumentContent) => {
    const { id } = expectOk(
      await api.post(base, { kind: "policy", audience: "external", ...doc }),
      201,
    );
    const { versions } = expectOk(await api.get(`${base}/${id}`));
    const vid = versions[0].id as string;
    await write(id, vid, content);
    return { id: id as string, vid };
  };
  /** A new version of a published document, as a draft holding `content`. */
  const nextDraft = async (id: string, content: DocumentContent) => {
    const { id: vid } = expectOk(await api.post(`${base}/${id}/versions`, {}), 201);
    await write(id, vid, content);
    return vid as string;
  };
  return { draft, nextDraft, write, publish, versionOf, base };
}

/** Sets the page's slug and turns it on (or off). */
export async function setPage(
  t: TestApp,
  owner: TestUser,
  orgId: string,
  slug: string,
  enabled = true,
) {
  const res = await t.as(owner).put(`/api/v1/orgs/${orgId}/public-page`, { slug, enabled });
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json();
}
