import { BackLink, Page } from "../../components/page.tsx";
import { RemindersView } from "../../features/reminders/components/reminders-view.tsx";
import { useT } from "../../i18n/use-t.ts";

export function RemindersPage() {
  const t = useT();
  return (
    <Page
      title={t("reminders:title")}
      documentTitle={[t("reminders:title"), t("settings:title")]}
      back={<BackLink to="/settings">{t("settings:title")}</BackLink>}
    >
      <RemindersView />
    </Page>
  );
}
