// Creating the demo organization, and making sure it has what the later steps need:
// a department, a current PMS manager and a current audit lead. When the demo seed is empty
// (it was being written in parallel), they are created through the API.
import { assert, expectText, expectUrl, expectVisible } from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import {
  type ApiAppointment,
  type ApiDepartment,
  type ApiPerson,
  type ListOf,
  orgApi,
  type World,
} from "../lib/world.ts";

const DEMO_NAME = "株式会社サンプル商事";
/** E2E_EMPTY_ORG=1 starts from an empty organization instead, to exercise the API set-up. */
const EMPTY = process.env.E2E_EMPTY_ORG === "1";

export const createDemoOrg: Step<World> = {
  name: EMPTY ? "create an empty organization (E2E_EMPTY_ORG=1)" : "create the demo organization",
  run: async (w) => {
    const { page } = w;
    if (EMPTY) {
      await page.getByTestId("org-name").fill(DEMO_NAME);
      await page.getByTestId("org-create-empty").click();
    } else {
      await page.getByTestId("org-create-demo").click();
    }
    // /orgs/:id opens the first page the role may see: ホーム (the readiness dashboard).
    await expectUrl(page, /\/orgs\/[^/]+\/dashboard$/, "after creating the organization");
    w.orgId = new URL(page.url()).pathname.split("/")[2] ?? "";
    assert(w.orgId, "no organization id in the URL");
    await expectVisible(page.getByText("事業者を登録しました。"), "the success notification");
    await expectVisible(page.getByTestId("dashboard-gauge"), "the readiness gauge");
    await page.getByTestId("nav-profile").click();
    await expectUrl(page, /\/orgs\/[^/]+\/profile$/, "after opening 事業者情報");
    await expectText(page.locator("main h1"), "事業者情報", "page title");
    await expectVisible(page.getByTestId("profile-name"), "the profile form");
    const switcher = page.getByTestId("org-switcher");
    assert((await switcher.inputValue()) === DEMO_NAME, `org switcher shows ${DEMO_NAME}`);
    await expectVisible(page.getByTestId("nav-people"), "the 従業者 menu entry");
  },
};

const current = async (w: World, role: string) =>
  (await orgApi<ListOf<ApiAppointment>>(w, "GET", `/appointments?on=${w.today}&role=${role}`))
    .items[0];

export const demoDataReady: Step<World> = {
  name: "the organization has departments, a PMS manager and an audit lead",
  run: async (w) => {
    let departments = (await orgApi<ListOf<ApiDepartment>>(w, "GET", "/departments")).items;
    w.seeded = departments.length > 0;
    if (!w.seeded) {
      console.log("    (the demo seed is empty: creating the data through the API)");
      await createFallbackData(w);
      departments = (await orgApi<ListOf<ApiDepartment>>(w, "GET", "/departments")).items;
    }
    const department = departments.find((d) => d.name === "総務部") ?? departments[0];
    assert(department, "the organization has no department");
    w.departmentName = department.name;

    const manager = await current(w, "pms_manager");
    const lead = await current(w, "audit_lead");
    assert(manager, "no current 個人情報保護管理者 (GET appointments?on=today)");
    assert(lead, "no current 個人情報保護監査責任者 (GET appointments?on=today)");
    assert(lead.from <= w.yesterday, `the audit lead's term starts ${lead.from}, not before today`);
    w.pmsManager = { personId: manager.personId, name: manager.personName };
    w.auditLead = { personId: lead.personId, name: lead.personName, appointmentId: lead.id };
    console.log(
      `    department ${w.departmentName}; PMS manager ${manager.personName}; audit lead ${lead.personName}`,
    );
  },
};

async function createFallbackData(w: World): Promise<void> {
  const dept = await orgApi<{ id: string }>(w, "POST", "/departments", { name: "総務部" });
  const person = (name: string, kana: string, email: string) =>
    orgApi<{ id: string }>(w, "POST", "/people", {
      name,
      kana,
      email,
      departmentId: dept.id,
      employmentType: "regular",
      joinedOn: "2015-04-01",
    });
  const manager = await person("渡辺 浩二", "ワタナベ コウジ", "k.watanabe@example.co.jp");
  const lead = await person("田中 美穂", "タナカ ミホ", "m.tanaka@example.co.jp");
  const appoint = (role: string, personId: string) =>
    orgApi(w, "POST", "/appointments", { role, personId, from: "2025-04-01" });
  await appoint("pms_manager", manager.id);
  await appoint("audit_lead", lead.id);
  const people = await orgApi<ListOf<ApiPerson>>(w, "GET", "/people");
  assert(people.total === 2, `expected the 2 people just created, found ${people.total}`);
}
