import { BackLink, Page } from "../../components/page.tsx";
import { AccountView } from "../../features/account/components/account-view.tsx";
import { useT } from "../../i18n/use-t.ts";

export function AccountPage() {
  const t = useT();
  return (
    <Page title={t("account:title")} back={<BackLink to="/">{t("nav.yourBabies")}</BackLink>}>
      <AccountView />
    </Page>
  );
}
