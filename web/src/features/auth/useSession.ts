import { useQuery } from "@tanstack/react-query";
import { authApi } from "../../api/auth.ts";

export const sessionKey = ["session"] as const;

/** The signed-in user (null when signed out). */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: authApi.session, staleTime: 60_000 });
}

/** Only same-site paths may be a `next` target after sign-in (never another origin). */
export function safeNext(next: string | null | undefined): string | null {
  if (!next?.startsWith("/") || next.startsWith("//")) return null;
  return next;
}
