import { Link } from "@tanstack/react-router";
import { buttonClass } from "../../components/button.tsx";
import { Page } from "../../components/page.tsx";
import { useT } from "../../i18n/use-t.ts";

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t("page.missingTitle")}>
      <p className="text-stone-600">{t("page.missingText")}</p>
      <Link to="/" className={buttonClass("secondary")}>
        {t("page.goHome")}
      </Link>
    </Page>
  );
}
