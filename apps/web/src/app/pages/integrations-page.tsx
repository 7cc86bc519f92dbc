import { IntegrationsView } from "../../features/integrations/components/integrations-view.tsx";
import { BabyScreen } from "../baby-screen.tsx";

/** A baby's integrations (API keys), reached from its Family page. */
export function IntegrationsPage({ babyId }: { babyId: string }) {
  return (
    <BabyScreen babyId={babyId} tab="caregivers">
      {(baby) => <IntegrationsView key={baby.babyId} baby={baby} />}
    </BabyScreen>
  );
}
