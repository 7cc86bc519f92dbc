import { BackLink, Page } from "../../components/page.tsx";
import { SettingsForm } from "../../features/settings/components/settings-form.tsx";
import { useT } from "../../i18n/use-t.ts";

export function SettingsPage() {
  const t = useT();
  return (
    <Page title={t("settings:title")} back={<BackLink to="/">{t("nav.yourBabies")}</BackLink>}>
      <SettingsForm />
    </Page>
  );
}
