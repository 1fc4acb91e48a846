// Success and failure notices (Mantine notifications) and server field errors on forms.
import { notifications } from "@mantine/notifications";
import { ApiError } from "../api/client.ts";
import i18n from "../i18n/index.ts";

export function notifySuccess(message: string) {
  notifications.show({ color: "teal", message, autoClose: 3000 });
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError && err.message) return err.message;
  return i18n.t("common.failed");
}

export function notifyError(err: unknown) {
  notifications.show({ color: "red", title: i18n.t("common.error"), message: errorMessage(err) });
}

/** The server's field errors (`error.fields`), for `form.setErrors`. */
export function serverFieldErrors(err: unknown): Record<string, string> {
  return err instanceof ApiError ? err.fields : {};
}
