// Messages of the audit trail (verification, anchors). Spread into errorMessages.
// AUDIT_CHAIN_BROKEN is an API error; the others name what `mamori audit verify` found, one
// line per problem (placeholders in braces).
import type { Text } from "./messages.ts";

export const auditMessages = {
  AUDIT_CHAIN_BROKEN: {
    ja: "監査ログの先頭を確認できないため、署名付きの先頭を作成できません。管理者に mamori audit verify での確認を依頼してください。",
    en: "The audit trail's head cannot be confirmed, so no signed head can be made. Ask the administrator to run mamori audit verify.",
  },
  AUDIT_CONTENT_CHANGED: {
    ja: "記録の内容（対象・操作・変更内容・日時）が書き換えられています",
    en: "the content of the event (subject, action, changes, time) was changed",
  },
  AUDIT_ACTOR_CHANGED: {
    ja: "記録の操作者が書き換えられています",
    en: "the actor of the event was changed",
  },
  AUDIT_EVENT_REMOVED: {
    ja: "途中の記録が削除されています",
    en: "events were removed from the middle of the chain",
  },
  AUDIT_LINK_BROKEN: {
    ja: "前の記録とのつながりが切れています（記録の削除・差し替え・並べ替え）",
    en: "the link to the previous event is broken (an event was removed, replaced or reordered)",
  },
  AUDIT_TAIL_REMOVED: {
    ja: "末尾の記録が削除されています（先頭は #{head}、記録は #{last} まで）",
    en: "the last events were removed (the head says #{head}, the events end at #{last})",
  },
  AUDIT_HEAD_REWRITTEN: {
    ja: "先頭（audit_head）が鍵なしで書き換えられています（末尾の記録の削除を隠した可能性があります）",
    en: "the head (audit_head) was rewritten without the key (possibly to hide removed last events)",
  },
  AUDIT_HEAD_BEHIND: {
    ja: "先頭（#{head}）より後にも記録があります（#{last} まで）: 先頭が戻されたか、記録が追加されています",
    en: "there are events after the head (#{head}, events end at #{last}): the head was moved back or events were added",
  },
  AUDIT_HEAD_MISMATCH: {
    ja: "先頭（audit_head）のハッシュが最後の記録 #{last} と一致しません",
    en: "the head's (audit_head) hash does not match the last event #{last}",
  },
  AUDIT_HEAD_MISSING: {
    ja: "先頭（audit_head）がありません",
    en: "the head (audit_head) is missing",
  },
  AUDIT_RECOMPUTED: {
    ja: "チェーンが鍵なしで再計算されています",
    en: "the chain was recomputed without the key",
  },
  AUDIT_RECOMPUTED_SHA256: {
    ja: "チェーンが鍵なしで再計算されています（鍵なしの SHA-256・旧方式）",
    en: "the chain was recomputed without the key (plain SHA-256, the old algorithm)",
  },
  AUDIT_RECOMPUTED_OTHER_KEY: {
    ja: "チェーンが鍵なしで再計算されています（別の鍵）",
    en: "the chain was recomputed without the key (with another key)",
  },
  AUDIT_OTHER_KEY: {
    ja: "別の鍵（鍵 ID {keyId}）で書かれたチェーンです。この環境の鍵は {currentKeyId} です（バックアップと別に保管した鍵を AUDIT_KEY か audit.key に戻してください）",
    en: "the chain was written with another key (key id {keyId}); the key here is {currentKeyId} (put back the key kept apart from the backup, in AUDIT_KEY or audit.key)",
  },
  AUDIT_UNKEYED: {
    ja: "鍵なしの旧方式の記録です（鍵付きに更新されていません）",
    en: "old unkeyed events (not upgraded to the keyed chain)",
  },
  AUDIT_UNKEYED_BROKEN: {
    ja: "鍵なしの旧方式の記録です。旧チェーンが #{at} で壊れていたため、鍵付きに更新していません",
    en: "old unkeyed events, not upgraded because the old chain was already broken at #{at}",
  },
  AUDIT_ANCHOR_SHORTER: {
    ja: "チェーンがアンカーより短くなっています（アンカーは #{anchor}、記録は #{last} まで）",
    en: "the chain is shorter than the anchor (anchor #{anchor}, the events end at #{last})",
  },
  AUDIT_ANCHOR_ORG_GONE: {
    ja: "アンカーにある組織がデータベースにありません（アンカーは #{anchor}）",
    en: "the anchored organization is not in the database (anchor #{anchor})",
  },
  AUDIT_ANCHOR_REWRITTEN: {
    ja: "アンカーした記録 #{anchor} が書き換えられています（ハッシュが違います）",
    en: "the anchored event #{anchor} was rewritten (its hash differs)",
  },
  AUDIT_ANCHOR_NO_ORG: {
    ja: "アンカーにこの組織の先頭がありません",
    en: "the anchor has no head for this organization",
  },
  AUDIT_ANCHOR_SIGNATURE: {
    ja: "アンカーファイルの署名が一致しません（ファイルが編集されたか、別の鍵で署名されています）",
    en: "the anchor file's signature does not match (the file was edited, or signed with another key)",
  },
} satisfies Record<string, Text>;
