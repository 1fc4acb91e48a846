// A document put in force through the API, for scenarios about what follows publication
// (making it known, the public page): created, written, sent for review, approved by
// `approverUserId` (the signed-in user, named as approver) and published.
import { need, orgApi, type World } from "./world.ts";

export type DocumentMeta = { number: string; title: string; kind: string; audience?: string };

/** Creates, writes, approves and publishes a document; its id and its version's id. */
export async function publishDocument(
  w: World,
  meta: DocumentMeta,
  blocks: unknown[],
  approverUserId: string,
): Promise<{ id: string; vid: string }> {
  const { id } = await orgApi<{ id: string }>(w, "POST", "/documents", meta);
  const doc = await orgApi<{ versions: { id: string }[] }>(w, "GET", `/documents/${id}`);
  const vid = need(doc.versions[0]?.id, "the first version");
  const version = `/documents/${id}/versions/${vid}`;
  const { revision } = await orgApi<{ revision: number }>(w, "GET", version);
  await orgApi(w, "PUT", version, { revision, content: { type: "doc", content: blocks } });
  await orgApi(w, "POST", `${version}/submit`, { approverUserId });
  await orgApi(w, "POST", `${version}/approve`);
  await orgApi(w, "POST", `${version}/publish`, {});
  return { id, vid };
}
