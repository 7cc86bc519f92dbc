import { ReadOnlyNote } from "../../components/permission.tsx";
import { HistoryView } from "../../features/caregivers/components/history-view.tsx";
import { BabyScreen } from "../baby-screen.tsx";

export function HistoryPage({ babyId }: { babyId: string }) {
  return (
    <BabyScreen babyId={babyId} tab="history">
      {(baby) =>
        baby.role === "owner" ? (
          <HistoryView key={baby.babyId} babyId={baby.babyId} />
        ) : (
          <>
            {baby.role !== "viewer" && <ReadOnlyNote />}
            <p className="text-stone-600">Only the baby's owners can see the history of changes.</p>
          </>
        )
      }
    </BabyScreen>
  );
}
