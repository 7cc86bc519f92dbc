import { useTranslation } from "react-i18next";
import { BackLink, Page } from "../../components/page.tsx";
import { useBaby } from "../../features/babies/api/babies.ts";
import { EditBaby } from "../../features/babies/components/edit-baby.tsx";

export function EditBabyPage({ babyId }: { babyId: string }) {
  const { t } = useTranslation("shell");
  const name = useBaby(babyId).data?.name;
  return (
    <Page
      title="Edit baby"
      documentTitle={[t("titles.editBaby"), name]}
      back={
        <BackLink to="/babies/$babyId" params={{ babyId }}>
          {name ?? "Back"}
        </BackLink>
      }
    >
      <EditBaby babyId={babyId} />
    </Page>
  );
}
