import { HealthView } from "../../features/health/components/health-view.tsx";
import { BabyScreen } from "../baby-screen.tsx";

/** A baby's health log: medicines, temperatures, illnesses, allergies, visits and the next check-up. */
export function HealthPage({ babyId }: { babyId: string }) {
  return (
    <BabyScreen babyId={babyId} tab="health">
      {(baby) => <HealthView key={baby.babyId} baby={baby} />}
    </BabyScreen>
  );
}
