import { useNavigate } from "@tanstack/react-router";
import { BackLink, Page } from "../../components/page.tsx";
import { useBaby } from "../../features/babies/api/babies.ts";
import { AddMeasurementForm } from "../../features/measurements/components/add-measurement-form.tsx";
import { useT } from "../../i18n/use-t.ts";

export function AddMeasurementPage({ babyId }: { babyId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const baby = useBaby(babyId);
  const name = baby.data?.name;
  return (
    <Page
      title={t("babies:page.newMeasurement")}
      documentTitle={[t("shell:titles.newMeasurement"), name]}
      back={
        <BackLink to="/babies/$babyId/measurements" params={{ babyId }}>
          {name ?? t("back")}
        </BackLink>
      }
    >
      <AddMeasurementForm
        babyId={babyId}
        onSaved={() => void navigate({ to: "/babies/$babyId/measurements", params: { babyId } })}
      />
    </Page>
  );
}
