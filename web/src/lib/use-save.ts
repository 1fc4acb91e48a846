// The one way the web app writes: runs the request, shows a refusal the common way (the
// server's field errors on the form's fields, its message above the buttons or as a notice),
// and after success refreshes what every save refreshes (the readiness report and the home
// page, lib/query-keys.ts) plus the query keys the save declares, then says so and calls
// `onSuccess`. Each capability declares its saves in its `use<Cap>.ts`, beside its queries.
import type { FormErrors } from "@mantine/form";
import {
  type QueryClient,
  type QueryKey,
  useMutation,
  useQueryClient,
} from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { errorMessage, toFieldErrors } from "./errors.ts";
import { notifyError, notifySuccess } from "./notify.ts";
import { isRefreshedBySave } from "./query-keys.ts";

export type SaveOptions<I, O> = {
  /** The write itself (a function of the feature's data module, never a component's). */
  request: (input: I) => Promise<O>;
  /** Queries the save changes, besides the readiness and home queries every save refreshes. */
  refreshes: readonly QueryKey[];
  /**
   * The request makes several calls (chunks, one per picked row): a failure may come after
   * some have written, so the queries are refreshed after a failure too.
   */
  partial?: boolean;
  /** Where the server's field errors go. */
  form?: { setErrors: (errors: FormErrors) => void };
  /** A body path → the form field showing it (when the names differ). */
  fieldOf?: (path: string) => string | null;
  /** The success notice (none when absent or null). */
  notice?: string | null | ((output: O, input: I) => string | null);
  /** After the refresh: close the dialog, go to the new record, … */
  onSuccess?: (output: O, input: I) => unknown;
  /** "inline" (default): the caller shows `error`; "notice": a red notice. */
  errorsAs?: "inline" | "notice";
  /** The sentence for a failure; the server's message unless given. */
  errorText?: (err: unknown) => string;
};

/** The part of a save a component chooses (the feature's hook fixes request and refreshes). */
export type SaveUse<I, O> = Omit<SaveOptions<I, O>, "request" | "refreshes">;

export type Save<I, O> = {
  /** Runs the write; resolves with the answer, or undefined when it failed (the error is shown). */
  run: (input: I) => Promise<O | undefined>;
  /** Runs the write and rejects when it fails (for ConfirmModal, which shows the error itself). */
  runOrThrow: (input: I) => Promise<O>;
  /** From the request until the refreshed queries have arrived. */
  busy: boolean;
  /** The input of the write under way (or of the last one). */
  input: I | undefined;
  /** The last answer. */
  data: O | undefined;
  /** The sentence of the last failure, for the form's error line. */
  error: string | null;
  /** The last failure's field errors, for fields outside a Mantine form. */
  fieldErrors: Record<string, string>;
  /** The last failure itself (e.g. an import's bad rows in its details). */
  failure: unknown;
  /** Forgets the last answer and failure (a dialog opening afresh). */
  reset: () => void;
};

/** The readiness and home queries (every organization's), then the declared ones. */
export async function refreshAfterSave(queryClient: QueryClient, declared: readonly QueryKey[]) {
  await Promise.all([
    queryClient.invalidateQueries({ predicate: (query) => isRefreshedBySave(query.queryKey) }),
    ...declared.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  ]);
}

export function useSave<I = void, O = unknown>(options: SaveOptions<I, O>): Save<I, O> {
  const queryClient = useQueryClient();
  // The latest options: a dialog's save depends on the row it is open for.
  const latest = useRef(options);
  latest.current = options;
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const mutation = useMutation<O, unknown, I>({
    mutationFn: (input) => latest.current.request(input),
    // Part of the mutation, so `busy` lasts until the refreshed queries are in.
    onSettled: (_data, err) =>
      err === null || latest.current.partial
        ? refreshAfterSave(queryClient, latest.current.refreshes)
        : undefined,
  });
  const { mutateAsync, reset: resetMutation } = mutation;

  const runOrThrow = useCallback(
    async (input: I) => {
      const o = latest.current;
      setError(null);
      setFieldErrors({});
      let output: O;
      try {
        output = await mutateAsync(input);
      } catch (err) {
        const fields = toFieldErrors(err, o.fieldOf);
        setFieldErrors(fields);
        if (Object.keys(fields).length > 0) o.form?.setErrors(fields);
        setError((o.errorText ?? errorMessage)(err));
        throw err;
      }
      const notice = typeof o.notice === "function" ? o.notice(output, input) : o.notice;
      if (notice) notifySuccess(notice);
      await o.onSuccess?.(output, input);
      return output;
    },
    [mutateAsync],
  );

  const run = useCallback(
    async (input: I) => {
      try {
        return await runOrThrow(input);
      } catch (err) {
        if (latest.current.errorsAs === "notice") notifyError(err);
        return undefined;
      }
    },
    [runOrThrow],
  );

  const reset = useCallback(() => {
    resetMutation();
    setError(null);
    setFieldErrors({});
  }, [resetMutation]);

  return {
    run,
    runOrThrow,
    busy: mutation.isPending,
    input: mutation.variables,
    data: mutation.data,
    error,
    fieldErrors,
    failure: mutation.error,
    reset,
  };
}
