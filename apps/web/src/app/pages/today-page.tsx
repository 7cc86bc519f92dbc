import { TodayView } from "../../features/care/components/today-view.tsx";
import { BabyScreen } from "../baby-screen.tsx";

/** A baby's home: the day's care log. */
export function TodayPage({ babyId }: { babyId: string }) {
  return (
    <BabyScreen babyId={babyId} tab="today">
      {(baby) => <TodayView key={baby.babyId} baby={baby} />}
    </BabyScreen>
  );
}
