// 個人情報管理台帳: the register list, or one item (form and lifecycle flow) when the URL has
// ?item=<id> (?item=new to add one), so the page needs no route of its own.
import { useSearchParams } from "react-router";
import { ItemPage } from "./ItemPage.tsx";
import { RegisterView } from "./RegisterView.tsx";

export default function InventoryPage() {
  const [params, setParams] = useSearchParams();
  const item = params.get("item");
  const open = (id: string | null, tab?: string, replace = false) =>
    setParams(id === null ? {} : tab ? { item: id, tab } : { item: id }, { replace });
  // The list stays mounted (hidden) under an open item, so its filters and page survive.
  return (
    <>
      <div hidden={item !== null}>
        <RegisterView onOpen={(id) => open(id)} />
      </div>
      {item && (
        <ItemPage
          key={item}
          id={item === "new" ? null : item}
          tab={params.get("tab")}
          onNavigate={open}
        />
      )}
    </>
  );
}
