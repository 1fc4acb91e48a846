// SQL both readers of the records share (readiness and the PDCA duties).
import { sql } from "drizzle-orm";
import { attachment } from "../files/index.ts";
import { ACTIVITY_OWNER } from "./activities.service.ts";
import { activityRecord } from "./activities.tables.ts";

const A = activityRecord;
const F = attachment;

/**
 * Approved: in the product by the named approver, or on paper by a signed document that is
 * still attached to the record (deleting the file takes the approval with it).
 */
export const approvedSql = sql`(${A.approvedAt} is not null and (${A.approvalVia} = 'in_product'
  or exists (select 1 from ${F} where ${F.orgId} = ${A.orgId} and ${F.id} = ${A.approvalAttachmentId}
    and ${F.ownerCapability} = ${ACTIVITY_OWNER} and ${F.ownerId} = ${A.id})))`;
