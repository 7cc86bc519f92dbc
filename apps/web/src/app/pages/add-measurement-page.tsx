import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { BackLink, Page } from "../../components/page.tsx";
import { useBaby } from "../../features/babies/api/babies.ts";
import { AddMeasurementForm } from "../../features/measurements/components/add-measurement-form.tsx";

export function AddMeasurementPage({ babyId }: { babyId: string }) {
  const { t } = useTranslation("shell");
  const navigate = useNavigate();
  const baby = useBaby(babyId);
  const name = baby.data?.name;
  return (
    <Page
      title="New measurement"
      documentTitle={[t("titles.newMeasurement"), name]}
      back={
        <BackLink to="/babies/$babyId" params={{ babyId }}>
          {name ?? "Back"}
        </BackLink>
      }
    >
      <AddMeasurementForm
        babyId={babyId}
        onSaved={() => void navigate({ to: "/babies/$babyId", params: { babyId } })}
      />
    </Page>
  );
}
