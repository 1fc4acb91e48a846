import { describe, expect, it } from "vitest";
import { type AutosaveEvent, type AutosaveState, autosave, initialAutosave } from "./autosave.ts";

/** Runs the events in order; the effects each produced, and the last state. */
function run(events: AutosaveEvent[], from: AutosaveState = initialAutosave) {
  let state = from;
  const effects: string[] = [];
  for (const e of events) {
    const next = autosave(state, e);
    state = next.state;
    effects.push(next.effect);
  }
  return { state, effects };
}

describe("autosave", () => {
  it("saves once the timer after the last change fires", () => {
    const { state, effects } = run(["change", "change", "timer", "saved"]);
    expect(effects).toEqual(["schedule", "schedule", "save", "none"]);
    expect(state).toEqual({ dirty: false, composing: false, saving: false, status: "saved" });
  });

  it("never saves during an IME composition, and schedules when it ends", () => {
    const { effects, state } = run([
      "compositionstart",
      "change",
      "timer",
      "blur",
      "change",
      "compositionend",
      "timer",
    ]);
    expect(effects).toEqual(["cancel", "none", "none", "none", "none", "schedule", "save"]);
    expect(state.status).toBe("saving");
  });

  it("saves on blur, and not again while a save is under way", () => {
    const { effects } = run(["change", "blur", "change", "timer", "saved", "timer", "saved"]);
    expect(effects).toEqual(["schedule", "save", "none", "none", "schedule", "save", "none"]);
  });

  it("stops after a conflict until the text is reloaded", () => {
    const { effects, state } = run(["change", "timer", "conflict", "change", "blur", "timer"]);
    expect(effects).toEqual(["schedule", "save", "cancel", "none", "none", "none"]);
    expect(state).toMatchObject({ status: "conflict", dirty: true });
    const after = run(["reloaded", "change", "timer"], state);
    expect(after.effects).toEqual(["cancel", "schedule", "save"]);
  });

  it("keeps a failed text unsaved and tries again on the next change", () => {
    const { effects, state } = run(["change", "timer", "failed"]);
    expect(state).toMatchObject({ status: "failed", dirty: true, saving: false });
    expect(effects).toEqual(["schedule", "save", "none"]);
    expect(run(["change"], state).effects).toEqual(["schedule"]);
  });
});
