// The `mamori` command line (bin/mamori.js runs this through tsx).
// Exit codes: 0 ok, 1 failure, 2 wrong usage.
// Commands are imported when run, so help and usage errors answer without loading the app.
import { DataFolderLockedError } from "../db/lock.ts";
import { loadConfig } from "../server/config.ts";
import { CliError, safeErrorText, stackFrames, UsageError } from "./errors.ts";

const HELP = `mamori — 個人情報保護マネジメントシステム / Privacy Mark PMS

使い方 / Usage:
  mamori [start]                  サーバーを起動 / Start the server (default)
  mamori migrate                  データベースを最新の形に / Apply database migrations
  mamori backup FILE              バックアップを FILE に書く / Write a backup to FILE
  mamori restore FILE             空のデータベースに復元 / Restore FILE into an empty database
  mamori audit verify [--org ID] [--anchor FILE]
                                  監査ログの改ざん検査 / Verify the audit chains
  mamori audit anchor FILE        監査ログの先頭を署名して保存 / Write the signed audit heads
  mamori help [COMMAND]           このヘルプ / This help (also: --help)

環境変数 / Environment:
  DATA_DIR      組み込み DB のフォルダ / Embedded database folder (default ./data)
  DATABASE_URL  PostgreSQL を使う場合 / Use PostgreSQL instead (postgres://…)
  AUDIT_KEY     監査ログの鍵（未設定なら DATA_DIR/audit.key） / Audit key (else DATA_DIR/audit.key)
  PORT, HOST, BASE_URL, LOG_LEVEL

終了コード / Exit codes: 0 成功 / ok, 1 失敗 / failure, 2 使い方の誤り / usage error`;

const COMMAND_HELP: Record<string, string> = {
  start: `mamori start
  データフォルダをロックし、マイグレーションを適用してサーバーを起動します。SIGTERM / SIGINT で安全に停止します。
  Locks the data folder, applies migrations and serves the app. SIGTERM / SIGINT stop it gracefully.`,
  migrate: `mamori migrate
  マイグレーションを適用して終了します（組み込み DB はサーバー停止中のみ）。
  Applies the migrations and exits (embedded database: only while the server is stopped).`,
  backup: `mamori backup FILE
  全テーブルの一貫したスナップショットを FILE（gzip の JSON Lines）に書きます。組み込み DB はサーバー停止中のみ、PostgreSQL は稼働中でも可。
  Writes a consistent snapshot of every table to FILE (gzip'd JSON Lines). Embedded database:
  only while the server is stopped; PostgreSQL: online.`,
  restore: `mamori restore FILE
  FILE を空のデータフォルダ（DATA_DIR）または空のデータベース（DATABASE_URL）に復元します。失敗したときは何も残しません。
  Restores FILE into an empty data folder (DATA_DIR) or an empty database (DATABASE_URL).
  A failed restore leaves the target empty.`,
  audit: `mamori audit verify [--org ID] [--anchor FILE]
  組織ごとの監査ログの鍵付きハッシュチェーンを検証し、問題ごとに 1 行で報告します。--anchor では保存したアンカー（全組織または 1 組織）とも照合します。問題があれば終了コード 1。
  Verifies each organization's keyed audit chain, one line per problem; with --anchor also
  against a saved anchor (all organizations, or one downloaded from the audit page).
  Exit code 1 if anything is wrong.
mamori audit anchor FILE
  全組織の監査ログの先頭（組織・番号・ハッシュ・日時）を鍵で署名して FILE（モード 0600）に書きます。データベースの外に保管してください。
  Writes every organization's audit head (org, seq, hash, time), signed with the audit key, to
  FILE (mode 0600). Keep it outside the database.
鍵 / Key: AUDIT_KEY、なければ DATA_DIR/audit.key（初回に作成）。バックアップとは別に保管してください。
  AUDIT_KEY, else DATA_DIR/audit.key (created on first use). Keep it apart from the backups.`,
};

type Parsed = { command: string; args: string[]; options: Record<string, string> };

function parse(argv: string[]): Parsed | "help" {
  const args: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "-h" || a === "--help") return "help";
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined || value === "")
        throw new UsageError(`--${name} に値がありません / --${name} needs a value`);
      options[name] = value;
    } else args.push(a);
  }
  return { command: args.shift() ?? "start", args, options };
}

function requireArgs(p: Parsed, positional: number, allowed: string[] = []) {
  if (p.args.length !== positional) {
    throw new UsageError(`引数の数が違います / Wrong number of arguments for ${p.command}`);
  }
  const unknown = Object.keys(p.options).filter((o) => !allowed.includes(o));
  if (unknown.length > 0) {
    throw new UsageError(`不明なオプション / Unknown option: --${unknown.join(", --")}`);
  }
}

/** Runs one command; resolves to the exit code, or null while the server keeps running. */
export async function runCli(argv: string[]): Promise<number | null> {
  try {
    const parsed = parse(argv);
    if (parsed === "help") {
      const command = argv.find((a) => !a.startsWith("-"));
      console.log((command && COMMAND_HELP[command]) || HELP);
      return 0;
    }
    const p = parsed;
    switch (p.command) {
      case "help":
        console.log((p.args[0] && COMMAND_HELP[p.args[0]]) || HELP);
        return 0;
      case "start":
        requireArgs(p, 0);
        await (await import("./start.ts")).startCommand(loadConfig());
        return null;
      case "migrate":
        requireArgs(p, 0);
        await (await import("./start.ts")).migrateCommand(loadConfig());
        return 0;
      case "backup":
        requireArgs(p, 1);
        await (await import("./backup.ts")).backupCommand(p.args[0] ?? "", loadConfig());
        return 0;
      case "restore":
        requireArgs(p, 1);
        await (await import("./backup.ts")).restoreCommand(p.args[0] ?? "", loadConfig());
        return 0;
      case "audit": {
        const sub = p.args.shift();
        const audit = () => import("./audit.ts");
        if (sub === "verify") {
          requireArgs(p, 0, ["org", "anchor"]);
          const { org, anchor } = p.options;
          const opts = { ...(org ? { orgId: org } : {}), ...(anchor ? { anchor } : {}) };
          return (await (await audit()).auditVerifyCommand(opts, loadConfig())) ? 0 : 1;
        }
        if (sub === "anchor") {
          requireArgs(p, 1);
          return (await (await audit()).auditAnchorCommand(p.args[0] ?? "", loadConfig())) ? 0 : 1;
        }
        throw new UsageError(
          "mamori audit verify [--org ID] [--anchor FILE] | mamori audit anchor FILE",
        );
      }
      default:
        throw new UsageError(`不明なコマンド / Unknown command: ${p.command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n詳しくは / See: mamori --help`);
      return 2;
    }
    if (e instanceof CliError || e instanceof DataFolderLockedError) console.error(e.message);
    else {
      // Never the raw error: database errors quote rows and query parameters (personal data).
      console.error(`エラー / Error: ${safeErrorText(e)}`);
      if (process.env.DEBUG) console.error(stackFrames(e));
    }
    return 1;
  }
}

const code = await runCli(process.argv.slice(2));
if (code !== null) process.exit(code);
