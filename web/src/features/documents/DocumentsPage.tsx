// 文書管理: the PMS documents. Readers of the register see the list (文書管理台帳) and open a
// document with `?doc=<id>`; every other member sees the internal documents in force and, when
// named as approver, the versions waiting for them (`?approve=<doc>&version=<vid>`).
import { useSearchParams } from "react-router";
import { useCan } from "../orgs/OrgContext.tsx";
import { DocumentRegister } from "./DocumentRegister.tsx";
import { DocumentView } from "./DocumentView.tsx";
import { ApproverVersionView, MemberDocuments, PublishedView } from "./MemberDocuments.tsx";

export default function DocumentsPage() {
  const canRead = useCan("documents.read");
  const [params, setParams] = useSearchParams();
  const back = () => setParams({}, { replace: false });
  const doc = params.get("doc");
  const approve = params.get("approve");
  const version = params.get("version");
  const published = params.get("published");

  if (canRead && doc) return <DocumentView id={doc} initialVersion={version} onBack={back} />;
  if (approve && version)
    return <ApproverVersionView documentId={approve} versionId={version} onBack={back} />;
  if (published) return <PublishedView id={published} onBack={back} />;
  if (!canRead)
    return (
      <MemberDocuments
        onOpenPublished={(id) => setParams({ published: id })}
        onOpenApproval={(d, v) => setParams({ approve: d, version: v })}
      />
    );
  return (
    <DocumentRegister
      onOpen={(id) => setParams({ doc: id })}
      onOpenApproval={(d, v) => setParams({ doc: d, version: v })}
    />
  );
}
