import { VaccinationsView } from "../../features/vaccinations/components/vaccinations-view.tsx";
import { BabyScreen } from "../baby-screen.tsx";

export function VaccinationsPage({ babyId }: { babyId: string }) {
  return (
    <BabyScreen babyId={babyId} tab="vaccinations">
      {(baby) => <VaccinationsView key={baby.babyId} baby={baby} />}
    </BabyScreen>
  );
}
