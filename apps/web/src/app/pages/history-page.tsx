import { HistoryView } from "../../features/caregivers/components/history-view.tsx";
import { useT } from "../../i18n/use-t.ts";
import { BabyScreen } from "../baby-screen.tsx";

export function HistoryPage({ babyId }: { babyId: string }) {
  const t = useT();
  return (
    <BabyScreen babyId={babyId} tab="history">
      {(baby) =>
        baby.role === "owner" ? (
          <HistoryView key={baby.babyId} babyId={baby.babyId} />
        ) : (
          <p className="text-stone-600">{t("babies:page.historyOwnersOnly")}</p>
        )
      }
    </BabyScreen>
  );
}
