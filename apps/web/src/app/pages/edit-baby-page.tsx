import { BackLink, Page } from "../../components/page.tsx";
import { useBaby } from "../../features/babies/api/babies.ts";
import { EditBaby } from "../../features/babies/components/edit-baby.tsx";

export function EditBabyPage({ babyId }: { babyId: string }) {
  const name = useBaby(babyId).data?.name;
  return (
    <Page
      title="Edit baby"
      documentTitle={["Edit baby", name]}
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
