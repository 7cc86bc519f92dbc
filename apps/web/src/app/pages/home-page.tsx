import { Link } from "@tanstack/react-router";
import { Plus } from "lucide-react";
import { buttonClass } from "../../components/button.tsx";
import { Page } from "../../components/page.tsx";
import { BabyList } from "../../features/babies/components/baby-list.tsx";
import { useT } from "../../i18n/use-t.ts";

export function HomePage() {
  const t = useT();
  return (
    <Page
      title={t("nav.yourBabies")}
      actions={
        <Link to="/babies/new" className={buttonClass("primary")}>
          <Plus aria-hidden className="size-5" /> {t("babies:list.addBaby")}
        </Link>
      }
    >
      <BabyList />
    </Page>
  );
}
