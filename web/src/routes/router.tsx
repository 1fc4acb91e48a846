// Routes: sign-in/up, organization creation, invitations, and the pages of an organization
// (derived from the navigation data, so a new capability adds only its nav line).
import { createBrowserRouter, Navigate } from "react-router";
import { ForgotPasswordPage } from "../features/auth/ForgotPasswordPage.tsx";
import { ResetPasswordPage } from "../features/auth/ResetPasswordPage.tsx";
import { SignInPage } from "../features/auth/SignInPage.tsx";
import { SignUpPage } from "../features/auth/SignUpPage.tsx";
import { AcceptInvitePage } from "../features/invite/AcceptInvitePage.tsx";
import { CreateOrgPage } from "../features/orgs/CreateOrgPage.tsx";
import { HomeRedirect } from "./HomeRedirect.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { navItems } from "./navigation.ts";
import { OrgIndex } from "./OrgIndex.tsx";
import { OrgLayout } from "./OrgLayout.tsx";
import { PermittedPage } from "./PermittedPage.tsx";
import { RequireAuth } from "./RequireAuth.tsx";

export const router = createBrowserRouter([
  { path: "/", element: <HomeRedirect /> },
  { path: "/signin", element: <SignInPage /> },
  { path: "/signup", element: <SignUpPage /> },
  // パスワードをお忘れの方: ask for a link by mail; the link opens the reset page.
  { path: "/forgot-password", element: <ForgotPasswordPage /> },
  { path: "/reset-password", element: <ResetPasswordPage /> },
  // An invitation's link is opened before signing in: it says who invites the visitor to
  // which organization, then offers sign-up first (the page itself asks for the session).
  { path: "/invite/:id/:token", element: <AcceptInvitePage /> },
  // A person's own page behind their personal link: no account, no app chrome.
  {
    path: "/p/:token",
    lazy: async () => ({
      Component: (await import("../features/personal-links/public/PersonalLinkPage.tsx")).default,
    }),
  },
  {
    element: <RequireAuth />,
    children: [
      { path: "/orgs/new", element: <CreateOrgPage /> },
      {
        path: "/orgs/:orgId",
        element: <OrgLayout />,
        children: [
          { index: true, element: <OrgIndex /> },
          ...navItems.map((item) => ({ path: item.path, element: <PermittedPage item={item} /> })),
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
  { path: "/orgs", element: <Navigate to="/" replace /> },
  { path: "*", element: <NotFoundPage /> },
]);
