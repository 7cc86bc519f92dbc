import { BackLink, Page } from "../../components/page.tsx";
import { RemindersLink } from "../../features/reminders/components/reminders-link.tsx";
import { SettingsForm } from "../../features/settings/components/settings-form.tsx";
import { useT } from "../../i18n/use-t.ts";

export function SettingsPage() {
  const t = useT();
  return (
    <Page title={t("settings:title")} back={<BackLink to="/">{t("nav.yourBabies")}</BackLink>}>
      <div className="space-y-4">
        <SettingsForm />
        <RemindersLink />
      </div>
    </Page>
  );
}
