// お問い合わせ: storing what a visitor sent through the public page (as the page's own actor,
// with the office notified in the same transaction), and the office's list, detail and
// handling. The audit trail records the 受付番号, category and status, never the sender's
// name, contact data or message, and the office's notes only as a digest: consultants and
// auditors read the trail, and only the organization's office reads inquiries.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { notifyRoles } from "../notifications/index.ts";
import { escapeLike } from "../shared/sql-helpers.ts";
import type {
  InquiryFormInput,
  InquiryListQuery,
  InquiryOut,
  InquiryPatch,
} from "./inquiries.contract.ts";
import { inquiryReceived } from "./inquiries.notify.ts";
import { inquiry as T } from "./inquiries.tables.ts";

export const INQUIRY_ENTITY = "inquiry";

type Row = typeof T.$inferSelect;

/** The public page's form, acting in the organization: the actor of an inquiry's arrival. */
export const publicFormActor = (orgId: string): OrgContext => ({
  orgId,
  userId: "public:inquiry-form",
  userName: "公開ページのお問い合わせフォーム",
  role: "member",
});

// Letters and digits a person reads out on the phone without confusion (no 0/O, 1/I/L).
const REF_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** 受付番号: the day in Japan and five random characters, e.g. Q250601-7KM3X. */
export function newReferenceNo(now: Date): string {
  const day = todayInJapan(now).replace(/-/g, "").slice(2);
  const random = [...randomBytes(5)].map((n) => REF_ALPHABET[n % REF_ALPHABET.length]).join("");
  return `Q${day}-${random}`;
}

const digest = (text: string | null) =>
  text ? createHash("sha256").update(text).digest("hex").slice(0, 12) : null;

/** What the audit trail keeps of an inquiry. */
const audited = (r: Row | null) =>
  r
    ? { referenceNo: r.referenceNo, category: r.category, status: r.status, notes: digest(r.notes) }
    : null;

function present(r: Row): InquiryOut {
  return {
    id: r.id,
    referenceNo: r.referenceNo,
    category: r.category as InquiryOut["category"],
    name: r.name,
    email: r.email,
    phone: r.phone,
    message: r.message,
    receivedAt: r.receivedAt.toISOString(),
    status: r.status as InquiryOut["status"],
    notes: r.notes,
    updatedAt: r.updatedAt.toISOString(),
    updatedByName: r.updatedByName,
  };
}

async function insertWithFreshReference(tx: Tx, orgId: string, input: InquiryFormInput, now: Date) {
  // A clash of 受付番号 on the same day is unlikely (31^5 per day); try again if it happens.
  for (let attempt = 0; attempt < 5; attempt++) {
    const [row] = await tx
      .insert(T)
      .values({
        orgId,
        id: randomUUID(),
        referenceNo: newReferenceNo(now),
        category: input.category,
        name: input.name,
        email: input.email,
        phone: input.phone,
        message: input.message,
        receivedAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (row) return row;
  }
  throw new Error("no free reference number");
}

/** Stores an inquiry from the public page and tells the office; answers its 受付番号. */
export async function receiveInquiry(
  db: Db,
  orgId: string,
  input: InquiryFormInput,
  now = new Date(),
): Promise<{ id: string; referenceNo: string }> {
  const ctx = publicFormActor(orgId);
  return writeInOrg(db, ctx, async (tx) => {
    const row = await insertWithFreshReference(tx, orgId, input, now);
    await appendAudit(tx, ctx, {
      entity: INQUIRY_ENTITY,
      entityId: row.id,
      action: "create",
      changes: diffFields(null, audited(row)),
    });
    await notifyRoles(tx, ctx, {
      kind: inquiryReceived,
      payload: { inquiryId: row.id, referenceNo: row.referenceNo, category: row.category },
      roles: ["owner", "admin"],
    });
    return { id: row.id, referenceNo: row.referenceNo };
  });
}

export async function listInquiries(db: Db, ctx: OrgContext, q: InquiryListQuery) {
  const where: SQL[] = [eq(T.orgId, ctx.orgId)];
  if (q.status) where.push(eq(T.status, q.status));
  if (q.category) where.push(eq(T.category, q.category));
  if (q.q) {
    const term = `%${escapeLike(q.q)}%`;
    where.push(
      or(
        ilike(T.referenceNo, term),
        ilike(T.name, term),
        ilike(T.email, term),
        ilike(T.phone, term),
        ilike(T.message, term),
      ) as SQL,
    );
  }
  const filter = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(T)
      .where(filter)
      .orderBy(desc(T.receivedAt), desc(T.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(T).where(filter),
  ]);
  return { items: rows.map(present), total: total?.n ?? 0, nextCursor: null };
}

async function readInquiry(db: Db | Tx, ctx: OrgContext, id: string, lock = false) {
  const query = db
    .select()
    .from(T)
    .where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

export async function getInquiry(db: Db, ctx: OrgContext, id: string): Promise<InquiryOut> {
  return present(await readInquiry(db, ctx, id));
}

/** The office's handling: the status and its notes. */
export async function updateInquiry(
  db: Db,
  ctx: OrgContext,
  id: string,
  patch: InquiryPatch,
  now = new Date(),
): Promise<InquiryOut> {
  return writeInOrg(db, ctx, async (tx) => {
    const before = await readInquiry(tx, ctx, id, true);
    const changed =
      (patch.status !== undefined && patch.status !== before.status) ||
      (patch.notes !== undefined && patch.notes !== before.notes);
    const [after] = changed
      ? await tx
          .update(T)
          .set({
            ...(patch.status !== undefined ? { status: patch.status } : {}),
            ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
            updatedAt: now,
            updatedByName: ctx.userName,
          })
          .where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)))
          .returning()
      : [before];
    if (!after) throw notFound();
    await appendAudit(tx, ctx, {
      entity: INQUIRY_ENTITY,
      entityId: id,
      action: "update",
      changes: diffFields(audited(before), audited(after)),
    });
    return present(after);
  });
}
