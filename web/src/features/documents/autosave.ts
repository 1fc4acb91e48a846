// When the editor saves: 2 s after the last change and when it loses focus, never while an IME
// composition is under way (a half-typed 「ほうしん」 is not text yet), never two saves at once,
// and never again after a conflict until the writer has chosen whose text to keep. The rules are
// this pure reducer; the editor wires the timer and the request to its effects.

export type SaveStatus = "idle" | "saving" | "saved" | "failed" | "conflict";

export type AutosaveState = {
  /** Changes not yet sent. */
  dirty: boolean;
  /** Between compositionstart and compositionend. */
  composing: boolean;
  /** A save is under way. */
  saving: boolean;
  status: SaveStatus;
};

export type AutosaveEvent =
  | "change"
  | "compositionstart"
  | "compositionend"
  | "timer"
  | "blur"
  | "saved"
  | "failed"
  | "conflict"
  | "reloaded";

/** schedule: (re)start the 2 s timer; cancel: stop it; save: send the text now. */
export type AutosaveEffect = "schedule" | "cancel" | "save" | "none";

export const AUTOSAVE_DELAY_MS = 2_000;

export const initialAutosave: AutosaveState = {
  dirty: false,
  composing: false,
  saving: false,
  status: "idle",
};

const canSave = (s: AutosaveState) =>
  s.dirty && !s.composing && !s.saving && s.status !== "conflict";

export function autosave(
  s: AutosaveState,
  event: AutosaveEvent,
): { state: AutosaveState; effect: AutosaveEffect } {
  switch (event) {
    case "change": {
      const state = { ...s, dirty: true };
      return { state, effect: canSave(state) ? "schedule" : "none" };
    }
    case "compositionstart":
      return { state: { ...s, composing: true }, effect: "cancel" };
    case "compositionend": {
      const state = { ...s, composing: false };
      return { state, effect: canSave(state) ? "schedule" : "none" };
    }
    case "timer":
    case "blur":
      return canSave(s)
        ? { state: { ...s, dirty: false, saving: true, status: "saving" }, effect: "save" }
        : { state: s, effect: "none" };
    case "saved": {
      const state: AutosaveState = { ...s, saving: false, status: "saved" };
      return { state, effect: canSave(state) ? "schedule" : "none" };
    }
    case "failed":
      // The text stays unsaved; the next change or leaving the editor tries again.
      return { state: { ...s, saving: false, dirty: true, status: "failed" }, effect: "none" };
    case "conflict":
      return {
        state: { ...s, saving: false, dirty: true, status: "conflict" },
        effect: "cancel",
      };
    case "reloaded":
      return { state: { ...initialAutosave, composing: s.composing }, effect: "cancel" };
  }
}
