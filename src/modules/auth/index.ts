// Public API of the auth capability: other capabilities import only this file.
// Accounts, sessions, organizations and memberships (better-auth's tables).
export { invitation, member, organization, user } from "./auth.tables.ts";
