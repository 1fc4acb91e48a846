import {
  assert,
  assertEqual,
  clickForResponse,
  expectAttribute,
  expectText,
  expectUrl,
  expectValue,
  expectVisible,
} from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { orgApi, type World } from "../lib/world.ts";

type ApiAssessment = {
  ref: string;
  status: string;
  engine: { status: string; rules: { ruleId: string; title: { ja: string } }[] } | null;
};

let ref = "";

export const openEngineGapFromMap: Step<World> = {
  name: "J-item map: open an unassessed item with an engine gap and read the engine's view",
  run: async (w) => {
    const { page } = w;
    const list = await orgApi<{ items: ApiAssessment[] }>(w, "GET", "/assessments");
    const item = list.items.find((i) => i.status === "unassessed" && i.engine?.status === "gap");
    assert(item?.engine, "an unassessed item the engine found a gap in");
    ref = item.ref;
    await page.getByTestId("nav-dashboard").click();
    await expectUrl(page, /\/dashboard$/, "ホーム");
    const square = page.getByTestId(`jmap-${ref}`);
    await expectVisible(square, `${ref} on the J-item map`);
    await expectAttribute(square, "data-shade", "engine_gap", `${ref} on the map`);
    await square.click();
    await expectUrl(page, /\/assessments\?ref=/, "the assessments page at the item");
    const editor = page.getByTestId(`assessment-editor-${ref}`);
    await expectVisible(editor, `the open item ${ref}`);
    const findings = editor.getByTestId("engine-findings");
    await expectText(findings, item.engine.rules[0]?.title.ja ?? "?", "the engine's rule");
  },
};

export const recordJudgement: Step<World> = {
  name: "record 一部適合 with a note; it is kept after a reload and shown on the map",
  run: async (w) => {
    const { page } = w;
    const editor = page.getByTestId(`assessment-editor-${ref}`);
    await editor.getByTestId("assessment-status").click();
    await page.getByRole("option", { name: /一部適合/ }).click();
    await editor.getByTestId("assessment-notes").fill("台帳の見直しが一部未了（e2e）");
    const res = await clickForResponse(
      page,
      editor.getByTestId("assessment-save"),
      (r) => r.request().method() === "PUT" && r.url().includes(`/assessments/${ref}`),
    );
    assertEqual(res.status(), 200, "PUT assessment status");
    await page.reload();
    const item = page.getByTestId(`assessment-${ref}`);
    await expectVisible(item, `${ref} after the reload`);
    await expectAttribute(item, "data-status", "partial", "stored status");
    await expectValue(
      page.getByTestId(`assessment-editor-${ref}`).getByTestId("assessment-notes"),
      "台帳の見直しが一部未了（e2e）",
      "stored note",
    );
    await page.getByTestId("nav-dashboard").click();
    await expectUrl(page, /\/dashboard$/, "ホーム");
    const square = page.getByTestId(`jmap-${ref}`);
    await expectVisible(square, `${ref} on the map`);
    await expectAttribute(square, "data-shade", "partial", `${ref} on the map after`);
  },
};
