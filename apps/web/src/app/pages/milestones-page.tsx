import { MilestonesView } from "../../features/milestones/components/milestones-view.tsx";
import { BabyScreen } from "../baby-screen.tsx";

export function MilestonesPage({ babyId }: { babyId: string }) {
  return (
    <BabyScreen babyId={babyId} tab="milestones">
      {(baby) => <MilestonesView key={baby.babyId} baby={baby} />}
    </BabyScreen>
  );
}
