// Public API of the notifications capability: other capabilities import only this file.
// In-app notifications per user (the bell), with mail for those who chose "mail too".

export {
  defineNotificationKind,
  type NotificationKind,
  type NotificationPayload,
} from "./notification-kinds.ts";
export {
  type BackupFailedPayload,
  backupFailed,
  type DutyReminderPayload,
  dutyReminder,
  type InvitationExpiredPayload,
  invitationExpired,
  type MemberJoinedPayload,
  memberJoined,
} from "./notifications.kinds.ts";
export {
  type NotifyResult,
  notifyFromJob,
  notifyRoles,
  notifyUsers,
} from "./notifications.notify.ts";
export { notification, notificationPreference } from "./notifications.tables.ts";
