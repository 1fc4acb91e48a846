// What a 500 writes to the log: the error's class, codes and stack frames, never its message
// or the database's detail (a failed query's text carries its parameters: names, addresses).
import { describe, expect, it } from "vitest";
import { safeErrorLog } from "./safe-error-log.ts";

describe("safeErrorLog", () => {
  it("keeps codes and frames of a failed query but none of its parameters", () => {
    const pgError = Object.assign(
      new Error('duplicate key value violates unique constraint "person_org_email_uq"'),
      {
        code: "23505",
        constraint: "person_org_email_uq",
        table: "person",
        detail: "Key (org_id, lower(email))=(o1, hanako.yamada@example.jp) already exists.",
      },
    );
    const queryError = Object.assign(
      new Error(
        'Failed query: insert into "person" ("name", "email") values ($1, $2)\nparams: 山田 花子,hanako.yamada@example.jp',
      ),
      { name: "DrizzleQueryError", cause: pgError },
    );
    const logged = safeErrorLog(queryError);
    const text = JSON.stringify(logged);
    expect(text).not.toContain("hanako.yamada@example.jp");
    expect(text).not.toContain("山田");
    expect(text).not.toContain("insert into");
    expect(logged).toMatchObject({
      type: "DrizzleQueryError",
      "cause1.type": "Error",
      "cause1.code": "23505",
      "cause1.constraint": "person_org_email_uq",
      "cause1.table": "person",
    });
    expect(String(logged.stack)).toMatch(/^\s+at /);
  });

  it("copes with thrown values that are not errors", () => {
    expect(safeErrorLog("just a string")).toEqual({});
    expect(safeErrorLog(null)).toEqual({});
    expect(safeErrorLog({ code: 42 })).toEqual({ type: "Error", code: 42 });
  });
});
