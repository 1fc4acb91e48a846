// The one place that decides what each access role may do. The API refuses (403) and the web
// app hides whatever is not allowed here. Access roles are about the app; PMS appointments
// (個人情報保護管理者 …) are domain records and grant nothing by themselves.
export const accessRoles = [
  "owner",
  "admin",
  "manager",
  "auditor",
  "member",
  "consultant",
  "viewer",
] as const;
export type AccessRole = (typeof accessRoles)[number];

export const actions = [
  "org.read",
  "org.update",
  "departments.read",
  "departments.write",
  "people.read",
  "people.write",
  "appointments.read",
  "appointments.write",
  "inventory.read",
  "inventory.write",
  "riskMatrix.write",
  "risks.accept",
  "legal.read",
  "legal.write",
  "readiness.read",
  "assessments.write",
  "roadmap.write",
  "obligations.write",
  // 実施記録: record what was done (education, audits …); approve a record naming oneself.
  "activities.write",
  "activities.approve",
  // 文書管理: read the document register and every version; write drafts and move versions;
  // approve a version naming oneself.
  "documents.read",
  "documents.write",
  "documents.approve",
  // 周知・誓約: send a version to staff and remind them, which hands out personal links.
  "documents.distribute",
  // 教育: read the plan, courses, who took what and the reports; write plans, courses and
  // sessions and enter attendance; approve the plan; assign courses and send the personal
  // links and reminders to staff.
  "education.read",
  "education.write",
  "education.approve",
  "education.distribute",
  "audit.read",
  "members.read",
  "members.manage",
  "jobs.read",
  // One's own notifications and how one is told: every role (own data only).
  "notifications.own",
  // 本人用リンク: see who has a link and its use; issue, print and revoke links.
  "personalLinks.read",
  "personalLinks.manage",
  // The organization's mail outbox: see what was (or would be) sent; retry or cancel a mail.
  "mail.read",
  "mail.manage",
  // お問い合わせ from the public page: read them; change their status and notes.
  "inquiries.read",
  "inquiries.write",
] as const;
export type Action = (typeof actions)[number];

const readStructure: Action[] = ["org.read", "departments.read", "appointments.read"];
const readAll: Action[] = [
  ...readStructure,
  "people.read",
  "inventory.read",
  "legal.read",
  "readiness.read",
  "documents.read",
  "education.read",
  "audit.read",
  "members.read",
  "notifications.own",
  "personalLinks.read",
  // What outsiders sent through the public page: read like every record, never answered.
  "inquiries.read",
];

const grants: Record<AccessRole, readonly Action[]> = {
  // Owners and the PMS office run everything, including who has access.
  owner: actions,
  admin: actions,
  // Consultants build the PMS with the client but decide neither who has access nor which
  // risks the client accepts (a management decision recorded with a name and a date).
  // Nor do they hand out personal links: a link lets its holder act as that person (confirm
  // reading the policy, sign a pledge), which only the organization itself may arrange.
  // The outbox stays with them too: it holds the invitations and who was written to.
  // Nor do they approve activity records or documents: an approval is the organization's own
  // act (top management, the PMS manager); they write the drafts with the client.
  consultant: actions.filter(
    (a) =>
      a !== "members.manage" &&
      a !== "risks.accept" &&
      a !== "activities.approve" &&
      a !== "documents.approve" &&
      a !== "personalLinks.manage" &&
      // Sending a document out issues a personal link to each person (see above).
      a !== "documents.distribute" &&
      // Likewise the plan's approval, and assigning courses (which mails personal links).
      a !== "education.approve" &&
      a !== "education.distribute" &&
      a !== "mail.read" &&
      a !== "mail.manage" &&
      // Inquiries carry outsiders' names, addresses and complaints about the client: the
      // organization's own office handles them.
      a !== "inquiries.read" &&
      a !== "inquiries.write",
  ),
  // Department managers keep their staff lists, register items and risk rows up to date; the
  // risk matrix and the legal register are organization-wide and stay with the PMS office.
  manager: [
    ...readStructure,
    "people.read",
    "people.write",
    "inventory.read",
    "inventory.write",
    "legal.read",
    "readiness.read",
    "departments.write",
    "members.read",
    "notifications.own",
    // They hand their staff the printed personal links (a department's sheet).
    "personalLinks.read",
    "personalLinks.manage",
    // A manager named as approver of an activity (e.g. their department's education) approves
    // it; recording activities stays with the PMS office and the consultant.
    "activities.approve",
    // They read the rules they work by; writing them stays with the PMS office. Named as
    // approver of a document (a PMS manager with this role), they approve it.
    "documents.read",
    "documents.approve",
    // They see how their staff stand in education (and may be asked to chase them).
    "education.read",
  ],
  // Auditors and read-only viewers (e.g. an examiner's share) see everything, change nothing.
  auditor: readAll,
  viewer: readAll,
  // Every employee sees the PMS structure (who to ask), not other people's personal data.
  member: [
    ...readStructure,
    "notifications.own",
    // Top management (代表者) often has an ordinary account: named as approver of a record, they
    // approve it and see the records waiting for them, nothing else of the activities.
    "activities.approve",
    // Likewise a document version naming them (the policy), and the version itself. Members
    // read the internal documents in force through /documents/published, not the register.
    "documents.approve",
  ],
};

export function can(role: string | null | undefined, action: Action): boolean {
  if (!role || !(accessRoles as readonly string[]).includes(role)) return false;
  return grants[role as AccessRole].includes(action);
}

export function permissionsOf(role: string): Action[] {
  return actions.filter((a) => can(role, a));
}
