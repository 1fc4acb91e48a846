// Shared services, mail: a server of its own with SMTP_URL pointing at an SMTP server on
// loopback (smtp-server) that this run starts. The owner invites a member; the link goes only
// by mail (the page says so); the member opens the link from the received mail, signs up and
// joins; 送信メール lists the invitation as sent. Then the member, signed out, asks for a new
// password (パスワードをお忘れの方), opens the mailed link and signs in with the new one.
import type { Browser, Page } from "playwright-core";
import type { SmtpSink } from "../../src/test/smtp-sink.ts";
import { assertEqual, eventually, expectText, expectUrl, expectVisible } from "../lib/expect.ts";
import type { OpenPage, Runner, Step } from "../lib/harness.ts";
import { mailedLink, withMailServer } from "../lib/mail-server.ts";

type MailWorld = {
  page: Page;
  baseUrl: string;
  sink: SmtpSink;
  orgName: string;
  owner: { name: string; email: string; password: string };
  member: { name: string; email: string; password: string; newPassword: string };
  orgId?: string;
  inviteLink?: string;
};

/** The link to `path` in the newest mail to `to` with exactly this subject (waits for it). */
const mailedTo = (w: MailWorld, to: string, path: RegExp, subject: string) =>
  mailedLink(w.sink, w.baseUrl, to, (s) => s === subject, path);

async function signUp(page: Page, who: { name: string; email: string; password: string }) {
  await page.getByTestId("signup-name").fill(who.name);
  await page.getByTestId("signup-email").fill(who.email);
  await page.getByTestId("signup-password").fill(who.password);
  await page.getByTestId("signup-confirm").fill(who.password);
  await page.getByTestId("signup-submit").click();
}

const ownerSteps: Step<MailWorld>[] = [
  {
    name: "the owner signs up and creates an organization on a server with mail",
    run: async (w) => {
      await w.page.goto(`${w.baseUrl}/signup`);
      await signUp(w.page, w.owner);
      await expectUrl(w.page, /\/orgs\/new$/, "after sign-up");
      await w.page.getByTestId("org-name").fill(w.orgName);
      await w.page.getByTestId("org-create-empty").click();
      await expectUrl(w.page, /\/orgs\/[0-9a-f-]{36}/, "the new organization");
      w.orgId = /\/orgs\/([0-9a-f-]{36})/.exec(w.page.url())?.[1];
    },
  },
  {
    name: "the owner invites a member: no link on the page, the mail carries it",
    run: async (w) => {
      await w.page.getByTestId("nav-members").click();
      await w.page.getByTestId("invite-email").fill(w.member.email);
      await w.page.getByTestId("invite-submit").click();
      await expectText(w.page.getByTestId("invite-mailed"), w.member.email, "the mail notice");
      assertEqual(await w.page.getByTestId("invite-link").count(), 0, "links shown on the page");
      w.inviteLink = await mailedTo(
        w,
        w.member.email,
        /\/invite\/[0-9a-f-]{36}\/[A-Za-z0-9_-]{43}/,
        `【mamori】${w.orgName} への招待`,
      );
    },
  },
  {
    name: "送信メール lists the invitation as sent",
    run: async (w) => {
      await w.page.getByTestId("nav-mail").click();
      await eventually(async () => {
        await w.page.reload();
        const row = w.page.getByTestId("mail-row").filter({ hasText: w.member.email });
        const status = (await row.getByTestId("mail-status").textContent({ timeout: 5_000 })) ?? "";
        return status.includes("送信済み") ? null : `status "${status}"`;
      }, 30_000);
      await expectText(w.page.getByTestId("mail-table"), "への招待", "the subject");
    },
  },
];

function memberSteps(w: MailWorld): Step<{ page: Page }>[] {
  return [
    {
      name: "the member opens the link from the mail, signs up and joins",
      run: async ({ page }) => {
        await page.goto(w.inviteLink ?? "");
        await expectText(page.getByTestId("invite-org"), w.orgName, "the invitation, signed out");
        await page.getByTestId("invite-signup").click();
        await signUp(page, w.member);
        await expectText(page.getByTestId("invite-org"), w.orgName, "the inviting organization");
        await page.getByTestId("invite-accept").click();
        await expectUrl(page, new RegExp(`/orgs/${w.orgId}`), "the organization after joining");
      },
    },
    {
      name: "signed out, the member resets the password through the mailed link and signs in",
      run: async ({ page }) => {
        await page.getByTestId("user-menu").click();
        await page.getByTestId("menu-sign-out").click();
        await page.getByTestId("forgot-link").click();
        await page.getByTestId("forgot-email").fill(w.member.email);
        await page.getByTestId("forgot-submit").click();
        await expectVisible(page.getByTestId("forgot-sent"), "the answer (same for any address)");
        const link = await mailedTo(
          w,
          w.member.email,
          /\/reset-password\?token=[A-Za-z0-9_%-]+/,
          "【mamori】パスワードの再設定",
        );
        await page.goto(link);
        await page.getByTestId("reset-password").fill(w.member.newPassword);
        await page.getByTestId("reset-confirm").fill(w.member.newPassword);
        await page.getByTestId("reset-submit").click();
        await expectUrl(page, /\/signin$/, "sign-in after the reset");
        await page.getByTestId("signin-email").fill(w.member.email);
        await page.getByTestId("signin-password").fill(w.member.newPassword);
        await page.getByTestId("signin-submit").click();
        await expectUrl(page, new RegExp(`/orgs/${w.orgId}`), "signed in with the new password");
      },
    },
  ];
}

export async function mailScenario(
  runner: Runner,
  browser: Browser,
  open: OpenPage,
  root: string,
): Promise<void> {
  await withMailServer(runner, browser, open, root, async ({ sink, baseUrl, owner, run }) => {
    const w: MailWorld = {
      page: owner.page,
      baseUrl,
      sink,
      orgName: "株式会社メール送信",
      owner: {
        name: "送信 一郎",
        email: `e2e-${run}-owner@example.com`,
        password: "灯台-みなと-e2e-2026",
      },
      member: {
        name: "受信 花子",
        email: `e2e-${run}-member@example.com`,
        password: "川辺-みどり-灯台-e2e",
        newPassword: "紅葉-しずく-山道-e2e",
      },
    };
    const made = await runner.scenario("Shared services: mail (owner)", owner.page, w, ownerSteps);
    if (made) {
      const member = await open(browser, baseUrl);
      await runner.scenario(
        "Shared services: mail (member)",
        member.page,
        { page: member.page },
        memberSteps(w),
      );
      await member.context.close();
    }
  });
}
