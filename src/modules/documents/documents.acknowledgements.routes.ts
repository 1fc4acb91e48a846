// HTTP routes of 周知・誓約. The organization's side under /orgs/:orgId/documents/…: the sends,
// sending a published version, its confirmation page, reminders, the printed list of pending
// people and paper records. Sending and reminding issue personal links, so they take
// documents.distribute (owners and admins: consultants write documents but do not hand out
// links, managers hand out links but do not write documents). The person's side under /p/:token/documents/… (no account, the public rate limit, every
// refusal of the link the one 404).
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { notFound } from "../../server/app-error.ts";
import { recordExport } from "../audit/index.ts";
import { renderOnWorker } from "../exports/index.ts";
import { findLiveLink, linkKeyOf, linkOptionsOf } from "../personal-links/index.ts";
import { listResult } from "../shared/contract-helpers.ts";
import { orgParams } from "../shared/route-helpers.ts";
import {
  ackList,
  ackListQuery,
  ackParams,
  ackSendOut,
  ackSendsQuery,
  paperInput,
  paperResult,
  pendingSheetQuery,
  personalAckDetail,
  personalAckList,
  personalAckListParams,
  personalAckOut,
  personalAckParams,
  remindInput,
  remindResult,
  sendInput,
  sendResult,
  signInput,
} from "./documents.acknowledgements.contract.ts";
import { listAcknowledgements, listAckSends } from "./documents.acknowledgements.list.ts";
import { recordPaperAcknowledgement } from "./documents.acknowledgements.paper.ts";
import { PENDING_SHEET_MODULE, type PendingSheetInput } from "./documents.acknowledgements.pdf.ts";
import {
  confirmMyDocument,
  getMyDocument,
  listMyDocuments,
  signMyDocument,
} from "./documents.acknowledgements.person.ts";
import { readSentVersion, sendForAcknowledgement } from "./documents.acknowledgements.send.ts";
import { documentVersionParams } from "./documents.contract.ts";
import { remindPending } from "./documents.reminders.ts";

export function registerDocumentAcknowledgementRoutes(
  app: ApiApp,
  { database, guards, config }: AppDeps,
) {
  const { db } = database;
  const tags = ["documents"];
  const version = "/orgs/:orgId/documents/:id/versions/:vid/acknowledgements";
  const key = () => linkKeyOf(config, database);
  const links = () => linkOptionsOf(config, database);

  app.get(
    "/orgs/:orgId/documents/acknowledgements",
    {
      schema: {
        tags,
        params: orgParams,
        querystring: ackSendsQuery,
        response: { 200: listResult(ackSendOut) },
        description:
          "周知・誓約の依頼: each version and kind sent out, with asked and confirmed counts.",
      },
    },
    async (req) => listAckSends(db, await guards.orgContext(req, "documents.read"), req.query),
  );

  app.post(
    version,
    {
      schema: {
        tags,
        params: documentVersionParams,
        body: sendInput,
        response: { 201: sendResult },
        description:
          "Sends the published version to the staff in office of the audience (and people by " +
          "name): a row each (skipping those asked before), a new personal link and a mail for " +
          "each with e-mail; answers who needs the printed sheet.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "documents.distribute");
      const { id, vid } = req.params;
      return reply
        .status(201)
        .send(await sendForAcknowledgement(db, ctx, id, vid, req.body, links()));
    },
  );

  app.get(
    version,
    {
      schema: {
        tags,
        params: documentVersionParams,
        querystring: ackListQuery,
        response: { 200: ackList },
        description:
          "確認状況: the counts and the people asked (search by name, department, status, paging).",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "documents.read");
      return listAcknowledgements(db, ctx, req.params.id, req.params.vid, req.query);
    },
  );

  app.post(
    `${version}/remind`,
    {
      schema: {
        tags,
        params: documentVersionParams,
        body: remindInput,
        response: { 200: remindResult },
        description:
          "未確認者に再通知: mails each pending person with e-mail a new link, except those mailed " +
          "within 24 hours; answers the pending people without e-mail.",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "documents.distribute");
      return remindPending(db, ctx, req.params.id, req.params.vid, req.body, links());
    },
  );

  app.get(
    `${version}/pending.pdf`,
    {
      schema: {
        tags,
        params: documentVersionParams,
        querystring: pendingSheetQuery,
        description: "The printed list of the people in office who have not confirmed (signed).",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "documents.read");
      const { id, vid } = req.params;
      const sent = await readSentVersion(db, ctx.orgId, id, vid);
      const rows: PendingSheetInput["rows"] = [];
      // Pages of 200 (the list's limit) until every pending person is in.
      for (let page = 1; ; page++) {
        const list = await listAcknowledgements(db, ctx, id, vid, {
          kind: req.query.kind,
          status: "pending",
          page,
          limit: 200,
        });
        for (const r of list.items)
          rows.push({
            name: r.personName,
            department: r.departmentName,
            requestedOn: todayInJapan(new Date(r.requestedAt)),
            dueOn: r.dueOn,
            overdue: r.status === "overdue",
            hasEmail: r.hasEmail,
          });
        if (list.items.length < 200) break;
      }
      const printedOn = todayInJapan();
      const input: PendingSheetInput = {
        organization: sent.orgName,
        document: `${sent.number} ${sent.title}（第${sent.versionNo}版）`,
        kind: req.query.kind,
        printedOn,
        rows,
      };
      const bytes = await renderOnWorker({ kind: "document", module: PENDING_SHEET_MODULE, input });
      await recordExport(db, ctx, "document_acknowledgements", "pdf", rows.length);
      const day = printedOn.replaceAll("-", "");
      const name = encodeURIComponent(`未確認者一覧_${sent.number}_${day}.pdf`);
      return reply
        .header("content-type", "application/pdf")
        .header(
          "content-disposition",
          `attachment; filename="pending-${day}.pdf"; filename*=UTF-8''${name}`,
        )
        .send(bytes);
    },
  );

  app.post(
    `${version}/:ackId/record-paper`,
    {
      schema: {
        tags,
        params: ackParams,
        body: paperInput,
        response: { 200: paperResult },
        description: "Records a confirmation (pledge) given on paper, with the day on the sheet.",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "documents.write");
      const { id, vid, ackId } = req.params;
      return recordPaperAcknowledgement(
        db,
        ctx,
        { documentId: id, versionId: vid, ackId },
        req.body,
      );
    },
  );

  // The person's side: the link is the key, and its purpose decides what it shows.
  const person = "/p/:token/documents";
  const liveLink = async (token: string) => {
    const link = await findLiveLink(db, key(), token);
    if (!link) throw notFound();
    return link;
  };

  app.get(
    person,
    {
      config: { publicRateLimit: true },
      schema: {
        tags: ["personal-links"],
        params: personalAckListParams,
        response: { 200: personalAckList },
        description:
          "The documents waiting for this person's confirmation (signature), and those done.",
      },
    },
    async (req) => listMyDocuments(db, await liveLink(req.params.token)),
  );

  app.get(
    `${person}/:ackId`,
    {
      config: { publicRateLimit: true },
      schema: {
        tags: ["personal-links"],
        params: personalAckParams,
        response: { 200: personalAckDetail },
        description: "One requested version to read, with the field values frozen at approval.",
      },
    },
    async (req) => getMyDocument(db, await liveLink(req.params.token), req.params.ackId),
  );

  app.post(
    `${person}/:ackId/confirm`,
    {
      config: { publicRateLimit: true },
      schema: {
        tags: ["personal-links"],
        params: personalAckParams,
        response: { 200: personalAckOut },
        description: "確認しました: recorded once with the exact version; again answers the first.",
      },
    },
    async (req) => confirmMyDocument(db, await liveLink(req.params.token), req.params.ackId),
  );

  app.post(
    `${person}/:ackId/sign`,
    {
      config: { publicRateLimit: true },
      schema: {
        tags: ["personal-links"],
        params: personalAckParams,
        body: signInput,
        response: { 200: personalAckOut },
        description:
          "Signs the pledge: the typed name must be the person's (spaces and width aside), the " +
          "day today or earlier and not before the request.",
      },
    },
    async (req) => signMyDocument(db, await liveLink(req.params.token), req.params.ackId, req.body),
  );
}
