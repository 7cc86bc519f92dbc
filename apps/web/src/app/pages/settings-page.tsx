import { BackLink, Page } from "../../components/page.tsx";
import { SettingsForm } from "../../features/settings/components/settings-form.tsx";

export function SettingsPage() {
  return (
    <Page title="Settings" back={<BackLink to="/">Your babies</BackLink>}>
      <SettingsForm />
    </Page>
  );
}
