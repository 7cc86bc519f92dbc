import { BackLink, Page } from "../../components/page.tsx";
import { NewBaby } from "../../features/babies/components/new-baby.tsx";
import { useT } from "../../i18n/use-t.ts";

export function NewBabyPage() {
  const t = useT();
  return (
    <Page title={t("babies:page.newTitle")} back={<BackLink to="/">{t("nav.yourBabies")}</BackLink>}>
      <NewBaby />
    </Page>
  );
}
