import type { RouterOutputs } from "@upnest/api";
import { formatDate, formatDateTime } from "@upnest/i18n";
import { vaccineGroupName } from "@upnest/immunizations/words";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { Section } from "../../account/components/section.tsx";
import { useBabies } from "../../babies/api/babies.ts";
import { useUpcoming } from "../api/reminders.ts";

type Reminder = RouterOutputs["reminders"]["upcoming"][number];
type Baby = { babyId: string; name: string; timeZone?: string | undefined };

/** How many of a baby's coming reminders the settings page lists. */
const SHOWN = 5;

/** The next few reminders of each baby the person shares (every topic; their own settings decide what reaches them). */
export function UpcomingSection() {
  const t = useT();
  const babies = useBabies();
  if (babies.data?.items.length === 0) return null;
  return (
    <Section title={t("reminders:upcoming.title")}>
      {babies.isError ? (
        <ErrorState error={babies.error} onRetry={() => void babies.refetch()} />
      ) : !babies.data ? (
        <Loading />
      ) : (
        babies.data.items.map((baby) => <BabyUpcoming key={baby.babyId} baby={baby} />)
      )}
    </Section>
  );
}

function BabyUpcoming({ baby }: { baby: Baby }) {
  const t = useT();
  const upcoming = useUpcoming(baby.babyId);
  const language = currentLanguage();
  return (
    <div className="space-y-1">
      <h3 className="font-medium text-stone-900">{baby.name}</h3>
      {upcoming.isError ? (
        <ErrorState error={upcoming.error} onRetry={() => void upcoming.refetch()} />
      ) : !upcoming.data ? (
        <Loading />
      ) : upcoming.data.length === 0 ? (
        <p className="text-sm text-stone-600">{t("reminders:upcoming.none", { name: baby.name })}</p>
      ) : (
        <ul aria-label={baby.name} className="divide-y divide-stone-200">
          {upcoming.data.slice(0, SHOWN).map((reminder) => (
            <li key={reminder.reminderId} className="flex gap-3 py-2">
              <span className="w-28 shrink-0 text-sm text-stone-600">{when(reminder, language, baby.timeZone)}</span>
              <span className="min-w-0 text-stone-900">
                <span className="font-medium">{t(`reminders:upcoming.topics.${reminder.topic}`)}</span>
                {what(reminder, language) && <span className="text-stone-700">: {what(reminder, language)}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The day a vaccine or visit is due, or the moment a dose is, on the baby's clock. */
const when = (reminder: Reminder, language: string, timeZone: string | undefined) =>
  reminder.dueAt.length === 10
    ? formatDate(reminder.dueAt, language)
    : formatDateTime(reminder.dueAt, language, timeZone ?? "UTC");

/** Which vaccines, medicine or clinician. */
function what(reminder: Reminder, language: "en" | "es"): string {
  if (reminder.vaccines?.length) return reminder.vaccines.map((g) => vaccineGroupName(g, language)).join(", ");
  if (reminder.medicine) return reminder.medicine;
  return [reminder.clinician, reminder.time].filter(Boolean).join(", ");
}
