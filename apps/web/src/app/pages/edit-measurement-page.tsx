import { useNavigate } from "@tanstack/react-router";
import { BackLink, Page } from "../../components/page.tsx";
import { useBaby } from "../../features/babies/api/babies.ts";
import { EditMeasurement } from "../../features/measurements/components/edit-measurement.tsx";
import { useT } from "../../i18n/use-t.ts";

/** A measurement's edit form, from the Growth tab's list; saving goes back to the list. */
export function EditMeasurementPage({ babyId, measurementId }: { babyId: string; measurementId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const name = useBaby(babyId).data?.name;
  return (
    <Page
      title={t("growth:edit.title")}
      documentTitle={[t("growth:edit.title"), name]}
      back={
        <BackLink to="/babies/$babyId/measurements" params={{ babyId }}>
          {name ?? t("back")}
        </BackLink>
      }
    >
      <EditMeasurement
        babyId={babyId}
        measurementId={measurementId}
        onSaved={() => void navigate({ to: "/babies/$babyId/measurements", params: { babyId } })}
      />
    </Page>
  );
}
