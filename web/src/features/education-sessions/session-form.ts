// The session form's values and the request bodies made from them: times and texts the form
// holds as strings ("" for not set), the place only for a classroom and the meeting address
// only for a remote session, and who is invited (only when creating).
import type {
  SessionInput,
  SessionPatch,
} from "@src/modules/education/education.records.contract.ts";
import type { SessionRow } from "./useEducationSessions.ts";

export type InviteChoice = "not_completed" | "all_assigned";

export type SessionValues = {
  courseId: string | null;
  kind: "classroom" | "remote";
  title: string;
  heldOn: string | null;
  startsAt: string;
  endsAt: string;
  place: string;
  meetingUrl: string;
  instructorName: string;
  notes: string;
  invite: InviteChoice;
};

export const emptySession = (courseId: string | null, heldOn: string): SessionValues => ({
  courseId,
  kind: "classroom",
  title: "",
  heldOn,
  startsAt: "",
  endsAt: "",
  place: "",
  meetingUrl: "",
  instructorName: "",
  notes: "",
  invite: "not_completed",
});

export const sessionValues = (s: SessionRow): SessionValues => ({
  courseId: s.courseId,
  kind: s.kind,
  title: s.title ?? "",
  heldOn: s.heldOn,
  startsAt: s.startsAt ?? "",
  endsAt: s.endsAt ?? "",
  place: s.place ?? "",
  meetingUrl: s.meetingUrl ?? "",
  instructorName: s.instructorName ?? "",
  notes: s.notes ?? "",
  invite: "not_completed",
});

/** The fields both requests share; the other kind's place or address is cleared. */
export function sessionFields(v: SessionValues): SessionPatch {
  return {
    kind: v.kind,
    title: v.title,
    heldOn: v.heldOn ?? "",
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    place: v.kind === "classroom" ? v.place : "",
    meetingUrl: v.kind === "remote" ? v.meetingUrl : "",
    instructorName: v.instructorName,
    notes: v.notes,
  };
}

export const createBody = (v: SessionValues): SessionInput => ({
  ...(sessionFields(v) as SessionInput),
  invite: v.invite,
});
