// Issue 9: an invitation by its link. The owner invites an address on メンバーと招待 and is shown
// the link once; the invitee opens it without an account and lands on the invitation (who
// invites, to which organization) with sign-up offered first, signs up with the invited
// address already filled in, comes back to the invitation and joins. The same
// link with its secret changed is refused, and the list of invitations never shows a link.
import type { Browser, Page } from "playwright-core";
import { expectText, expectUrl, expectVisible } from "../lib/expect.ts";
import type { OpenPage, Runner, Step } from "../lib/harness.ts";
import { need, orgApi, type World } from "../lib/world.ts";

type InviteWorld = World & { link?: string; invitee: { name: string; email: string } };

const inviteFromMembersPage: Step<InviteWorld> = {
  name: "the owner invites an address on メンバーと招待 and sees its link once",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-members").click();
    await page.getByTestId("invite-email").fill(w.invitee.email);
    await page.getByTestId("invite-submit").click();
    const link = ((await page.getByTestId("invite-link").textContent()) ?? "").trim();
    expectMatch(link, new RegExp(`^${w.baseUrl}/invite/[0-9a-f-]{36}/[A-Za-z0-9_-]{43}$`));
    w.link = link;
    // Reloaded, the page lists the invitation but no longer shows its link.
    await page.reload();
    await expectVisible(page.getByTestId("invitation-row"), "the pending invitation");
    await expectText(
      page.getByTestId("invitations-table"),
      w.invitee.email,
      "the invited address in the list",
    );
    const listed = await orgApi<{ items: { link: string | null }[] }>(w, "GET", "/invitations");
    for (const item of listed.items) expectMatch(String(item.link), /^null$/);
  },
};

function expectMatch(value: string, pattern: RegExp) {
  if (!pattern.test(value)) throw new Error(`expected ${pattern}, got "${value}"`);
}

function inviteeSteps(w: InviteWorld, ownerName: string, orgName: string): Step<{ page: Page }>[] {
  const link = () => need(w.link, "the invitation link");
  return [
    {
      name: "the invitee opens the link: who invites where, sign-up first; signs up and comes back",
      run: async ({ page }) => {
        await page.goto(link());
        await expectUrl(page, /\/invite\/[0-9a-f-]{36}\/[A-Za-z0-9_-]{43}$/, "the link signed out");
        await expectText(
          page.getByTestId("invite-lead"),
          `${ownerName}さんが「${orgName}」に招待しています。`,
          "who invites, before signing in",
        );
        await expectText(
          page.getByTestId("invite-signup"),
          "アカウントを登録して参加する",
          "sign-up",
        );
        await expectVisible(page.getByTestId("invite-signin"), "sign-in, second");
        await page.getByTestId("invite-signup").click();
        await expectUrl(
          page,
          /\/signup\?next=%2Finvite%2F.*&email=/,
          "sign-up from the invitation",
        );
        const filled = await page.getByTestId("signup-email").inputValue();
        if (filled !== w.invitee.email) throw new Error(`e-mail prefilled as "${filled}"`);
        await page.getByTestId("signup-name").fill(w.invitee.name);
        await page.getByTestId("signup-password").fill("川辺-みどり-灯台-e2e");
        await page.getByTestId("signup-confirm").fill("川辺-みどり-灯台-e2e");
        await page.getByTestId("signup-submit").click();
        await expectUrl(page, /\/invite\/[0-9a-f-]{36}\/[A-Za-z0-9_-]{43}$/, "back at the link");
        await expectText(page.getByTestId("invite-org"), orgName, "the inviting organization");
        await expectText(
          page.getByTestId("invite-lead"),
          `${ownerName}さんが「${orgName}」に招待しています。`,
          "who invites",
        );
      },
    },
    {
      name: "the invitee joins; the same link with a changed secret shows no invitation",
      run: async ({ page }) => {
        await page.getByTestId("invite-accept").click();
        await expectUrl(page, new RegExp(`/orgs/${w.orgId}`), "the organization after joining");
        const forged = link().replace(/.$/, (c) => (c === "A" ? "B" : "A"));
        await page.goto(forged);
        await expectText(page.getByRole("alert"), "招待が無効か、期限切れです。", "a forged link");
      },
    },
  ];
}

export async function inviteByLinkScenario(
  runner: Runner,
  owner: World,
  browser: Browser,
  open: OpenPage,
): Promise<void> {
  if (runner.stopped) return;
  const run = Date.now().toString(36);
  const w: InviteWorld = {
    ...owner,
    invitee: { name: "招待 四郎", email: `e2e-${run}-invitee@example.com` },
  };
  const made = await runner.scenario("Issue 9: an invitation by its link", owner.page, w, [
    inviteFromMembersPage,
  ]);
  if (!made) return;
  const profile = await orgApi<{ name: string }>(owner, "GET", "/profile");
  const { context, page } = await open(browser, owner.baseUrl);
  try {
    await runner.scenario(
      "Issue 9: the invitee, from the link",
      page,
      { page },
      inviteeSteps(w, owner.user.name, profile.name),
    );
  } finally {
    await context.close();
  }
}
