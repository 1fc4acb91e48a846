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
  "audit.read",
  "members.read",
  "members.manage",
] as const;
export type Action = (typeof actions)[number];

const readStructure: Action[] = ["org.read", "departments.read", "appointments.read"];
const readAll: Action[] = [
  ...readStructure,
  "people.read",
  "inventory.read",
  "audit.read",
  "members.read",
];

const grants: Record<AccessRole, readonly Action[]> = {
  // Owners and the PMS office run everything, including who has access.
  owner: actions,
  admin: actions,
  // Consultants build the PMS with the client but do not decide who has access.
  consultant: actions.filter((a) => a !== "members.manage"),
  // Department managers keep their staff lists and their register items up to date.
  manager: [
    ...readStructure,
    "people.read",
    "people.write",
    "inventory.read",
    "inventory.write",
    "departments.write",
    "members.read",
  ],
  // Auditors and read-only viewers (e.g. an examiner's share) see everything, change nothing.
  auditor: readAll,
  viewer: readAll,
  // Every employee sees the PMS structure (who to ask), not other people's personal data.
  member: readStructure,
};

export function can(role: string | null | undefined, action: Action): boolean {
  if (!role || !(accessRoles as readonly string[]).includes(role)) return false;
  return grants[role as AccessRole].includes(action);
}

export function permissionsOf(role: string): Action[] {
  return actions.filter((a) => can(role, a));
}
