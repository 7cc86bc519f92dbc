import { Link } from "@tanstack/react-router";
import type { Baby } from "@upnest/schemas";
import { MessageCircleQuestion, Ruler } from "lucide-react";
import { ErrorState } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { useUnits } from "../../../lib/preferences.ts";
import type { Units } from "../../../lib/units.ts";
import { useGrowthInsights } from "../api/measurements.ts";
import { type FlagCard, flagCard, type SizeAtBirth, sizeAtBirthWords, targetHeightWords } from "../insight-words.ts";

function Card({ card }: { card: FlagCard }) {
  const t = useT();
  return (
    <li className="space-y-1 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <p className="flex items-center gap-2 text-sm font-semibold text-amber-900">
        <MessageCircleQuestion aria-hidden className="size-4 shrink-0" />
        {t("growth:insights.worthAsking")}
      </p>
      <h3 className="font-semibold text-stone-900">{card.title}</h3>
      <p className="text-stone-800">{card.body}</p>
      <p className="text-sm text-stone-600">{card.source}</p>
    </li>
  );
}

/** Size at birth, with the birth measurement's values the insights answer carries. */
function BirthSize({ baby, size, units }: { baby: Baby; size: SizeAtBirth; units: Units }) {
  const t = useT();
  const words = sizeAtBirthWords(size, size.status === "scored" ? size.measured : {}, units);
  const addWeeks = size.status === "missing" && size.reason === "no-gestational-age" && baby.role !== "viewer";
  return (
    <div className="space-y-1">
      <h3 className="font-semibold text-stone-900">{t("growth:insights.birth.heading")}</h3>
      <p className="text-stone-800">{words.sentence}</p>
      {words.details.length > 0 && <p className="text-sm text-stone-600">{words.details.join(" · ")}</p>}
      {addWeeks && (
        <Link
          to="/babies/$babyId/edit"
          params={{ babyId: baby.babyId }}
          className="inline-flex min-h-11 items-center text-teal-800 underline"
        >
          {t("growth:insights.birth.addWeeks")}
        </Link>
      )}
    </div>
  );
}

/**
 * The Growth tab's insights (`measurements.insights`): size at birth, each flag as a card worth asking the
 * clinician about with its source, and the target height from the parents' heights when both are recorded.
 */
export function GrowthInsights({ baby }: { baby: Baby }) {
  const insights = useGrowthInsights(baby.babyId);
  const { units, ready } = useUnits();
  const t = useT();
  if (insights.isError) return <ErrorState error={insights.error} onRetry={() => void insights.refetch()} />;
  if (!insights.data || !ready) return null;
  const { flags, sizeAtBirth, targetHeight } = insights.data;
  return (
    <section aria-labelledby="insights-heading" className="space-y-3">
      <h2 id="insights-heading" className="text-xl font-semibold text-stone-900">
        {t("growth:insights.heading")}
      </h2>
      {flags.length > 0 && (
        <ul aria-label={t("growth:insights.worthAsking")} className="space-y-3">
          {flags.map((flag) => {
            const card = flagCard(flag, units);
            return <Card key={card.key} card={card} />;
          })}
        </ul>
      )}
      <div className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
        <BirthSize baby={baby} size={sizeAtBirth} units={units} />
        <div className="space-y-1">
          <h3 className="flex items-center gap-2 font-semibold text-stone-900">
            <Ruler aria-hidden className="size-4" /> {t("growth:insights.target.heading")}
          </h3>
          {targetHeight ? (
            <p className="text-stone-800">{targetHeightWords(targetHeight, units)}</p>
          ) : (
            <p className="text-stone-600">{t("growth:insights.target.missing")}</p>
          )}
        </div>
        <p className="text-sm text-stone-600">{t("growth:insights.note")}</p>
      </div>
    </section>
  );
}
