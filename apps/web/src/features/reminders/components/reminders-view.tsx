import { useState } from "react";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { useProfile } from "../../../lib/preferences.ts";
import { CalendarSection } from "./calendar-section.tsx";
import { ChoicesForm } from "./choices-form.tsx";
import { DeviceSection } from "./device-section.tsx";
import { UpcomingSection } from "./upcoming-section.tsx";

/** Settings → Reminders: what and how (saved to the profile), this device's notifications, the calendar link. */
export function RemindersView() {
  const t = useT();
  const profile = useProfile();
  // Reloading after a conflict starts the form again from what is saved now.
  const [loads, setLoads] = useState(0);
  if (profile.isPending) return <Loading />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  return (
    <div className="space-y-6">
      <p className="text-stone-700">{t("reminders:intro")}</p>
      <ChoicesForm
        key={loads}
        profile={profile.data}
        onReload={() => void profile.refetch().then(() => setLoads((n) => n + 1))}
      />
      <DeviceSection profile={profile.data} />
      <CalendarSection />
      <UpcomingSection />
    </div>
  );
}
