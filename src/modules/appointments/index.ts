// Public API of the appointments capability: other capabilities import only this file.
// Appointments to PMS roles (体制).
export { appointment } from "./appointments.tables.ts";
