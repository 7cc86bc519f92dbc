import { BackLink, Page } from "../../components/page.tsx";
import { NewBaby } from "../../features/babies/components/new-baby.tsx";

export function NewBabyPage() {
  return (
    <Page title="Add a baby" back={<BackLink to="/">Your babies</BackLink>}>
      <NewBaby />
    </Page>
  );
}
