// Expired invitations: marked expired exactly at their expiry moment, audited, the inviter
// notified, the queued invitation mail cancelled, other organizations untouched.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { expireInvitations } from "./invitation-expiry.job.ts";

describe.each(dbKinds)("invitation expiry (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let otherOrg: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("招待 太郎");
    orgId = await t.createOrg(owner);
    otherOrg = await t.createOrg(await t.signUp("他社 花子"), "株式会社よそ");
  }, 60_000);
  afterAll(() => t?.close());

  const invite = async (email: string) => {
    const res = await t
      .as(owner)
      .post(`/api/v1/orgs/${orgId}/invitations`, { email, role: "viewer" });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const row = async (id: string) => {
    const [r] = await t.database.query<{ status: string; expires_at: Date | string }>(
      "select status, expires_at from invitation where id = $1",
      [id],
    );
    return r;
  };

  it("expires a pending invitation at its expiry moment, once", async () => {
    const id = await invite("late@example.jp");
    const other = await t.database.query<{ id: string }>(
      "insert into invitation (id, organization_id, email, role, status, inviter_id, expires_at) select 'other-inv', $1, 'x@example.jp', 'viewer', 'pending', user_id, now() - interval '1 day' from member where organization_id = $1 returning id",
      [otherOrg],
    );
    expect(other).toHaveLength(1);
    const expiresAt = new Date((await row(id))?.expires_at as string);
    const db = t.database.db;
    // The other organization's stale invitation goes at any moment; ours not before its time.
    expect(await expireInvitations(db, new Date(expiresAt.getTime() - 1))).toBe(1);
    expect((await row(id))?.status).toBe("pending");
    expect((await row("other-inv"))?.status).toBe("expired");
    expect(await expireInvitations(db, expiresAt)).toBe(1);
    expect((await row(id))?.status).toBe("expired");
    expect(await expireInvitations(db, new Date(expiresAt.getTime() + 86_400_000))).toBe(0);

    const events = await t.database.query<{ action: string; changes: unknown; actor_name: string }>(
      "select action, changes, actor_name from audit_event where org_id = $1 and entity = 'invitation' and entity_id = $2 order by seq",
      [orgId, id],
    );
    expect(events.at(-1)).toEqual({
      action: "update",
      changes: { status: { old: "pending", new: "expired" } },
      actor_name: "mamori",
    });
    const told = await t.database.query<{ user_id: string; payload: { email: string } }>(
      "select user_id, payload from notification where org_id = $1 and kind = 'invitation.expired'",
      [orgId],
    );
    expect(told).toEqual([
      { user_id: owner.id, payload: { email: "late@example.jp", role: "viewer" } },
    ]);
    const mails = await t.database.query<{ status: string }>(
      "select status from mail_outbox where org_id = $1 and ref = $2",
      [orgId, `invitation:${id}`],
    );
    expect(mails.map((m) => m.status)).toEqual(["cancelled"]);
  });
});
