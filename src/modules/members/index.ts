// Public API of the members capability: other capabilities import only this file.
// Members of an organization and invitations.
export {};
