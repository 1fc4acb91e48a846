// An add / edit dialog's form: filled afresh whenever the dialog opens for another row, saved
// by the caller's request, then the lists refreshed and the dialog closed; a refusal of the
// server is shown on its fields and above the buttons.
import type { UseFormReturnType } from "@mantine/form";
import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { errorMessage, notifySuccess, serverFieldErrors } from "../lib/notify.ts";

export function useFormModal<V>(
  form: UseFormReturnType<V>,
  {
    target,
    values,
    save,
    savedText,
    queryKey,
    onClose,
  }: {
    /** What the dialog is open for; null or undefined while it is closed. */
    target: unknown;
    /** The form's values each time it opens. */
    values: () => V;
    save: (values: V) => Promise<unknown>;
    /** The notice after saving. */
    savedText: string;
    /** The queries to refresh after saving. */
    queryKey: QueryKey;
    onClose: () => void;
  },
) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another row opens
  useEffect(() => {
    if (target === null || target === undefined) return;
    const next = values();
    form.setValues(next);
    form.resetDirty(next);
    form.clearErrors();
    setError(null);
  }, [target]);

  const submit = form.onSubmit(async (v) => {
    setError(null);
    try {
      await save(v);
      notifySuccess(savedText);
      await queryClient.invalidateQueries({ queryKey });
      onClose();
    } catch (err) {
      form.setErrors(serverFieldErrors(err));
      setError(errorMessage(err));
    }
  });

  return { error, submit };
}
