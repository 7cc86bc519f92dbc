import { BackLink, Page } from "../../components/page.tsx";
import { useBaby } from "../../features/babies/api/babies.ts";
import { EditBaby } from "../../features/babies/components/edit-baby.tsx";
import { useT } from "../../i18n/use-t.ts";

export function EditBabyPage({ babyId }: { babyId: string }) {
  const name = useBaby(babyId).data?.name;
  const t = useT();
  return (
    <Page
      title={t("babies:page.editTitle")}
      back={
        <BackLink to="/babies/$babyId" params={{ babyId }}>
          {name ?? t("back")}
        </BackLink>
      }
    >
      <EditBaby babyId={babyId} />
    </Page>
  );
}
