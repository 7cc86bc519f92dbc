import { CaregiversView } from "../../features/caregivers/components/caregivers-view.tsx";
import { BabyScreen } from "../baby-screen.tsx";

export function CaregiversPage({ babyId }: { babyId: string }) {
  return (
    <BabyScreen babyId={babyId} tab="caregivers">
      {(baby) => <CaregiversView key={baby.babyId} baby={baby} />}
    </BabyScreen>
  );
}
