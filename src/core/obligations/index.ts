// The PDCA calendar: recurring obligations, their due days, and the .ics feed format.

export * from "./basis.ts";
export * from "./catalogue.ts";
export * from "./dates.ts";
export * from "./feed-events.ts";
export * from "./ics.ts";
export * from "./reminders.ts";
export * from "./status.ts";
