// `mamori start`: lock the data folder (PGlite), open and migrate the database, serve HTTP.
// SIGTERM/SIGINT stop gracefully: stop accepting, finish in-flight requests, close the database,
// release the lock, exit 0. A second signal exits at once. Fatal errors release the lock too.
import { type Database, openDatabase } from "../db/client.ts";
import { lockDataFolder } from "../db/lock.ts";
import { scheduledJobs } from "../modules/capabilities.ts";
import { createJobRunner, type JobRunner } from "../modules/jobs/index.ts";
import { buildApp } from "../server/app.ts";
import { type Config, loadConfig } from "../server/config.ts";
import { safeErrorText, stackFrames } from "./errors.ts";
import { describeDatabase, withDatabase } from "./open.ts";

export async function migrateCommand(config: Config = loadConfig()): Promise<void> {
  await withDatabase(config, { mustExist: false }, async (database) => {
    await database.migrate();
    console.log(
      `マイグレーションを適用しました / Migrations applied — ${describeDatabase(database)}`,
    );
  });
}

export async function startCommand(config: Config = loadConfig()): Promise<void> {
  // The lock comes first: a second instance must not even open the folder.
  const release = config.databaseUrl ? () => {} : lockDataFolder(config.dataDir);
  process.on("exit", release);
  let database: Database | undefined;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  let jobs: JobRunner | undefined;

  const fatal = (err: unknown) => {
    // The error's codes and frames only: a database error's message can carry personal data.
    console.error(
      "致命的なエラーで停止します / Fatal error, stopping:",
      safeErrorText(err),
      `\n${stackFrames(err)}`,
    );
    release();
    process.exit(1);
  };
  process.on("uncaughtException", fatal);
  process.on("unhandledRejection", fatal);

  try {
    database = await openDatabase(config);
    await database.migrate();
    app = await buildApp(database, config);
    await app.listen({ host: config.host, port: config.port });
    if (config.jobsEnabled) {
      const log = app.log;
      jobs = createJobRunner({
        database,
        config,
        jobs: scheduledJobs(config),
        log: { info: (m) => log.info(m), warn: (m) => log.warn(m) },
      });
      jobs.start();
    }
  } catch (e) {
    await jobs?.stop().catch(() => {});
    await app?.close().catch(() => {});
    await database?.close().catch(() => {});
    release();
    throw e;
  }

  console.log(
    `起動しました / mamori is running at ${config.baseUrl}\nデータベース / Database: ${describeDatabase(database)}`,
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`${signal}: 強制終了します / Forced exit`);
      release();
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: 停止しています… / Shutting down…`);
    const running = { app, database, jobs };
    void (async () => {
      await running.jobs?.stop(); // claims nothing more, lets running jobs finish
      await running.app?.close(); // stops accepting, waits for in-flight requests
      await running.database?.close();
      release();
      console.log("停止しました / Stopped");
      process.exit(0);
    })().catch(fatal);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
