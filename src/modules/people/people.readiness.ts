// The people register's part of readiness: how many people are in office today (the
// organization's rules read it; the people capability has no rules of its own yet).
import type { ReadinessProvider } from "../readiness/index.ts";
import { peopleStaffCounter } from "./people.counts.ts";

export const peopleReadiness: ReadinessProvider = {
  id: "people",
  reads: ["person"],
  rules: [],
  async load(db, ctx, { today }) {
    const count = await peopleStaffCounter.currentStaff(db, ctx.orgId, today);
    return (snapshot) => {
      snapshot.activeStaffCount = count;
    };
  },
};
