// The session: who is signed in, and the account's writes (sign in, sign up, sign out, change
// the password), each a save (lib/use-save.ts) whose errors read as the auth endpoints mean them.
import { useQuery } from "@tanstack/react-query";
import { authApi, authErrorText } from "../../api/auth.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

/** The signed-in user (null when signed out). */
export function useSession() {
  return useQuery({ queryKey: queryKeys.session, queryFn: authApi.session, staleTime: 60_000 });
}

/** Only same-site paths may be a `next` target after sign-in (never another origin). */
export function safeNext(next: string | null | undefined): string | null {
  if (!next?.startsWith("/") || next.startsWith("//")) return null;
  return next;
}

type SignIn = { email: string; password: string };
type SignUp = { name: string; email: string; password: string };
type ChangePassword = { currentPassword: string; newPassword: string };
type ResetPassword = { token: string; newPassword: string };

/** Another user now: every query is read again. */
export function useSignIn(use: SaveUse<SignIn, unknown>) {
  return useSave({
    request: authApi.signIn,
    refreshes: [queryKeys.all],
    errorText: authErrorText,
    ...use,
  });
}

export function useSignUp(use: SaveUse<SignUp, unknown>) {
  return useSave({
    request: authApi.signUp,
    refreshes: [queryKeys.all],
    errorText: authErrorText,
    ...use,
  });
}

/** The caller forgets every query in `onSuccess` (queryClient.clear). */
export function useSignOut(use: SaveUse<void, unknown>) {
  return useSave({ request: () => authApi.signOut(), refreshes: [], errorsAs: "notice", ...use });
}

/** パスワードをお忘れの方: asks for a reset link by mail (the answer never says whether sent). */
export function useRequestPasswordReset(use: SaveUse<{ email: string }, unknown>) {
  return useSave({
    request: authApi.requestPasswordReset,
    refreshes: [],
    errorText: authErrorText,
    ...use,
  });
}

/** Sets the new password with the mailed link's token; the user then signs in. */
export function useResetPassword(use: SaveUse<ResetPassword, unknown>) {
  return useSave({
    request: authApi.resetPassword,
    refreshes: [queryKeys.session],
    errorText: authErrorText,
    ...use,
  });
}

export function useChangePassword(use: SaveUse<ChangePassword, unknown>) {
  return useSave({
    request: authApi.changePassword,
    refreshes: [],
    errorText: authErrorText,
    ...use,
  });
}
