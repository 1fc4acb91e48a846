// The person's side of a personal link: the secret in the URL is the only key. Whatever is
// wrong with it (malformed, forged, unknown, revoked, expired, the person has left) the answer
// is the same null, which the route turns into the one 404. Capabilities that add what a
// person does with a link (read the policy, take a course …) call findLiveLink and act as
// linkActor, so their events name the person as the actor.
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, recordNoChange } from "../audit/index.ts";
import { organization } from "../auth/index.ts";
import { inOffice, person } from "../people/index.ts";
import { type LinkKey, verifiedTokenHash } from "./link-token.ts";
import type { PublicLinkOut } from "./personal-links.contract.ts";
import { ENTITY, linkSubject } from "./personal-links.service.ts";
import { personalLink as L } from "./personal-links.tables.ts";

export type LiveLink = {
  orgId: string;
  linkId: string;
  personId: string;
  personName: string;
  purpose: string;
  /** What the link is for within its purpose (the course of a "course" link), or null. */
  subjectId: string | null;
  organization: string;
  expiresAt: Date;
};

/** The live link behind `token` at `now`, or null (one indexed read, none for a forgery). */
export async function findLiveLink(
  db: Db,
  key: LinkKey,
  token: string,
  now = new Date(),
): Promise<LiveLink | null> {
  const hash = verifiedTokenHash(key, token);
  if (!hash) return null;
  const [row] = await db
    .select({
      orgId: L.orgId,
      linkId: L.id,
      personId: L.personId,
      personName: person.name,
      purpose: L.purpose,
      subjectId: L.subjectId,
      organization: organization.name,
      expiresAt: L.expiresAt,
    })
    .from(L)
    .innerJoin(person, and(eq(person.orgId, L.orgId), eq(person.id, L.personId)))
    .innerJoin(organization, eq(organization.id, L.orgId))
    .where(
      and(
        eq(L.tokenHash, hash),
        isNull(L.revokedAt),
        gt(L.expiresAt, now),
        inOffice(todayInJapan(now)),
      ),
    );
  return row ?? null;
}

/** The person, acting through their link: the actor of the events their actions leave. */
export const linkActor = (link: LiveLink): OrgContext => ({
  orgId: link.orgId,
  userId: `person:${link.personId}`,
  userName: `${link.personName}（本人用リンク）`,
  role: "member",
});

/**
 * Opens the link's page: counts the use and records it (without the token), and answers
 * only what the page shows. Null when the link is not live, also when it was revoked or
 * expired between the read and the write.
 */
export async function openPersonalLink(
  db: Db,
  key: LinkKey,
  token: string,
  now = new Date(),
): Promise<PublicLinkOut | null> {
  const link = await findLiveLink(db, key, token, now);
  if (!link) return null;
  const ctx = linkActor(link);
  const used = await writeInOrg(db, ctx, async (tx) => {
    const [row] = await tx
      .update(L)
      .set({ lastUsedAt: now, useCount: sql`${L.useCount} + 1` })
      .where(
        and(
          eq(L.orgId, link.orgId),
          eq(L.id, link.linkId),
          isNull(L.revokedAt),
          gt(L.expiresAt, now),
        ),
      )
      .returning({ useCount: L.useCount });
    if (!row) {
      await recordNoChange(tx, ctx);
      return false;
    }
    await appendAudit(tx, ctx, {
      entity: ENTITY,
      entityId: link.linkId,
      action: "use",
      changes: {
        ...linkSubject(link.personName, link.purpose),
        useCount: { old: row.useCount - 1, new: row.useCount },
      },
    });
    return true;
  });
  if (!used) return null;
  return {
    organization: link.organization,
    personName: link.personName,
    purpose: link.purpose,
    expiresAt: link.expiresAt.toISOString(),
  };
}
