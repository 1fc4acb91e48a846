// An add / edit dialog's form: filled afresh whenever the dialog opens for another row, saved
// (PATCH path/id when editing, else POST path), then the lists refreshed and the dialog closed;
// a refusal of the server is shown on its fields and above the buttons.
import type { UseFormReturnType } from "@mantine/form";
import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { errorMessage, notifySuccess, serverFieldErrors } from "../lib/notify.ts";

export function useFormModal<V>(
  form: UseFormReturnType<V>,
  {
    target,
    values,
    path,
    id,
    body,
    savedText,
    queryKey,
    onClose,
  }: {
    /** What the dialog is open for; null or undefined while it is closed. */
    target: unknown;
    /** The form's values each time it opens. */
    values: () => V;
    /** The collection's path. */
    path: string;
    /** The row being edited; none for a new one. */
    id: string | undefined;
    /** The request body of the form's values. */
    body: (values: V) => unknown;
    /** The notice after saving; 更新しました / 登録しました unless given. */
    savedText?: string;
    /** The queries to refresh after saving. */
    queryKey: QueryKey;
    onClose: () => void;
  },
) {
  const { t } = useTranslation();
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
      if (id) await api.patch(`${path}/${id}`, body(v));
      else await api.post(path, body(v));
      notifySuccess(savedText ?? (id ? t("common.updated") : t("common.created")));
      await queryClient.invalidateQueries({ queryKey });
      onClose();
    } catch (err) {
      form.setErrors(serverFieldErrors(err));
      setError(errorMessage(err));
    }
  });

  return { error, submit };
}
