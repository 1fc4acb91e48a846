// Success and failure notices (Mantine notifications).
import { notifications } from "@mantine/notifications";
import i18n from "../i18n/index.ts";
import { errorMessage } from "./errors.ts";

export { errorMessage };

export function notifySuccess(message: string) {
  notifications.show({ color: "teal", message, autoClose: 3000 });
}

export function notifyError(err: unknown) {
  notifications.show({ color: "red", title: i18n.t("common.error"), message: errorMessage(err) });
}
