import { BackLink, Page } from "../../components/page.tsx";
import { AccountView } from "../../features/account/components/account-view.tsx";

export function AccountPage() {
  return (
    <Page title="Your data and account" back={<BackLink to="/">Your babies</BackLink>}>
      <AccountView />
    </Page>
  );
}
