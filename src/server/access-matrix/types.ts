// The shapes of the access matrix's rows (src/server/access.routes.test.ts): a route of an
// organization with the roles allowed (Route), the records its calls need (Helpers), a
// record of one organization addressed through another's URL (TenantCase), the bad bodies
// of a write route (WriteRoute), and a route outside organizations (OutsideRoute).
import type { AccessRole, Action } from "../../core/access/permissions.ts";
import type { TestUser } from "../../test/harness.ts";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
/** Ids created fresh (by the owner) before each call, so every allowed call can succeed. */
export type Prepared = { id?: string; personId?: string; n: number };
export type Route = {
  method: Method;
  path: string;
  action: Action;
  allowed: AccessRole[];
  /** Status an allowed role gets. */
  ok: number;
  /** `role`: the caller about to be tested, when the record must name them (an approver). */
  prepare?: (h: Helpers, role?: AccessRole) => Promise<Omit<Prepared, "n">>;
  body?: (p: Prepared) => unknown;
};
export type Helpers = {
  person: () => Promise<string>;
  department: () => Promise<string>;
  appointment: () => Promise<string>;
  member: () => Promise<string>;
  invitation: () => Promise<string>;
  inventoryItem: () => Promise<string>;
  risk: () => Promise<string>;
  legalRequirement: () => Promise<string>;
  roadmapTask: () => Promise<string>;
  /** A management review naming `approver`'s user as approver (the owner when not given). */
  activity: (approver?: AccessRole) => Promise<string>;
  /** The same, approved in the product by its approver. */
  approvedActivity: (approver?: AccessRole) => Promise<string>;
  /** A management review with a PDF attached: "<record id>/<attachment id>". */
  signedActivity: () => Promise<string>;
  /** A PDF attached to a new register item. */
  attachment: () => Promise<string>;
  /** A notification of every member (one id for all, as notifyUsers writes it). */
  notification: () => Promise<string>;
  /** An outbox row of the organization, queued; or failed (to retry). */
  mail: () => Promise<string>;
  failedMail: () => Promise<string>;
  /** A personal link of a new person. */
  personalLink: () => Promise<string>;
  /** A document (its first version a draft). */
  document: () => Promise<string>;
  /** "<document id>/<version id>" of a draft; in review naming `approver`'s user (else the
   * owner); approved; and the id of a document whose only version is published. */
  draftVersion: () => Promise<string>;
  reviewVersion: (approver?: AccessRole) => Promise<string>;
  approvedVersion: () => Promise<string>;
  publishedDocument: () => Promise<string>;
  /** The user id of whoever creates the records (named as approver in a body). */
  ownerUserId: () => Promise<string>;
  /** "<document id>/<version id>" of a published version; and "<…>/<ack id>" of a request to
   * read it sent to a new person with e-mail (周知). */
  publishedVersion: () => Promise<string>;
  acknowledgement: () => Promise<string>;
  /** An inquiry received through the public page. */
  inquiry: () => Promise<string>;
  // education: plans and courses
  /** A draft plan of its own fiscal year (straight into the table: years past 2100 are free). */
  educationPlan: () => Promise<string>;
  /** A draft course in a new plan; one with material and a quiz; one archived. */
  educationCourse: () => Promise<string>;
  readyCourse: () => Promise<string>;
  archivedCourse: () => Promise<string>;
  /** "<course id>/<plan id>": a course and another plan to copy it to. */
  courseAndPlan: () => Promise<string>;
  /** A draft plan with one course (a plan that may be approved). */
  planWithCourse: () => Promise<string>;
  // education: sessions and records
  /** "<session id>/<person id>": a classroom session held in the past, inviting an assignee. */
  educationSession: () => Promise<string>;
  /** The id alone of such a session. */
  heldSession: () => Promise<string>;
  /** A completed (e-learning) assignment of a new course. */
  completedAssignment: () => Promise<string>;
  // education: delivery
  /** An open course of a new plan (assignable). */
  openCourse: () => Promise<string>;
  /** "<course id>/<assignment id>": an open course assigned to a new person, not completed. */
  assignedCourse: () => Promise<string>;
  /** The id alone of such an assignment. */
  pendingAssignment: () => Promise<string>;
};

/**
 * A record of one organization (`make` creates it) addressed by another organization's owner
 * through their own URL, and the reverse: 404, and `list` (a page of the record's owner that
 * shows it) unchanged.
 */
export type TenantCase = {
  method: Method;
  path: string;
  make: keyof Helpers;
  body?: unknown;
  list: string;
};

/** A field's message: a string to compare exactly, or null for "named, any message". */
export type BadCase = { what: string; body: unknown; fields: Record<string, string | null> };
/**
 * A write route and bodies it refuses (400, naming exactly `fields`). `prepare` makes the
 * record of the path's id; `valid` is a body it accepts, kept beside the bad ones for reference.
 */
export type WriteRoute = {
  method: Method;
  path: string;
  prepare?: keyof Helpers;
  valid: Record<string, unknown>;
  cases: BadCase[];
};

/** Who may call a route outside organizations. */
export type Caller =
  /** Anyone: the route looks at no session. */
  | "anonymous"
  /** Any signed-in user, member of an organization or not; 401 without a session. */
  | "signed-in"
  /** Anyone holding the secret in the URL; a session is no substitute for it (404). */
  | "token"
  /** A signed-in user (401 without) who also holds the invitation's secret (404 without). */
  | "signed-in + token";
export type OutsideCall = { url: string; body?: unknown; user?: TestUser };
export type OutsideHelpers = {
  /** The path of a fresh calendar feed of an organization. */
  feedPath: () => Promise<string>;
  /** A fresh invitation, the secret of its link, and the signed-in user it is addressed to. */
  invitation: () => Promise<{ id: string; token: string; invitee: TestUser }>;
  /** The path of one file of the built web app. */
  asset: () => string;
  /** The API path of a fresh personal link's page. */
  personalLinkPath: () => Promise<string>;
  /** The path of an organization's public page, switched on. */
  publicPagePath: () => Promise<string>;
  /** A request to read (or sign) a published version, sent to a new person: the token of the
   * personal link mailed to them, the request's id and the person's name. */
  documentRequest: (
    kind: "read" | "pledge",
  ) => Promise<{ token: string; ackId: string; name: string }>;
  // education: delivery
  /** An open course (one question q1, right answer c1; slides attached) assigned to a new
   * person with its link mailed: the link's token and the slides' attachment id. */
  courseLink: () => Promise<{ token: string; fileId: string }>;
};
export type OutsideRoute = {
  method: "GET" | "POST";
  /** As registered; "{file}" stands for each file of the built web app (hashed names). */
  path: string;
  who: Caller;
  /** Status an allowed caller gets. */
  ok: number;
  /**
   * A concrete call (default: the path itself, as the caller); with "wrong" a well-formed
   * secret that opens nothing. `user` is the signed-in caller for "signed-in + token".
   */
  call?: (h: OutsideHelpers, secret: "right" | "wrong") => OutsideCall | Promise<OutsideCall>;
  /** Registered only when web/dist exists (npm run build:web). */
  webBuild?: true;
  /** The error code of a wrong secret, when the route names it (default NOT_FOUND). */
  wrongCode?: string;
};
