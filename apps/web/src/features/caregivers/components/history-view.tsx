import { formatDateTime } from "@upnest/i18n";
import { History } from "lucide-react";
import { Button } from "../../../components/button.tsx";
import { Empty, ErrorState, Loading } from "../../../components/states.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { useMilestones } from "../../milestones/api/milestones.ts";
import { milestoneWords } from "../../milestones/words.ts";
import { useVaccineProducts } from "../../vaccinations/api/vaccinations.ts";
import { useHistory, useMe, useMembers } from "../api/caregivers.ts";
import { describeEvent } from "../history-format.ts";

const when = (iso: string) => formatDateTime(iso, currentLanguage());

/** Every change to a baby's records, newest first, who made it and what changed; older changes on request. */
export function HistoryView({ babyId }: { babyId: string }) {
  const history = useHistory(babyId);
  const members = useMembers(babyId);
  const me = useMe();
  const products = useVaccineProducts();
  const milestones = useMilestones(babyId);
  const t = useT();
  if (!history.data)
    return history.isError ? (
      <ErrorState error={history.error} onRetry={() => void history.refetch()} />
    ) : (
      <Loading label={t("family:history.loading")} />
    );
  const names = new Map((members.data ?? []).map((m) => [m.userId, m.displayName]));
  // A member by their name now; someone who left by the name kept with the change (older changes have none); an API
  // key (acting for the owner who made it) by its own name.
  const who = (actorId: string, then?: string, key?: string) =>
    key
      ? t("integrations:historyActor", { name: key })
      : actorId === me.data?.userId
        ? t("family:history.you")
        : (names.get(actorId) ?? then ?? t("family:history.formerMember"));
  const vaccines = new Map((products.data ?? []).map((p) => [p.cvx, p.name]));
  const milestoneTexts = new Map(
    (milestones.data?.checklists ?? []).flatMap((c) => c.milestones.map((m) => [m.id, milestoneWords(m)] as const)),
  );
  const valueNames = { vaccine: (cvx: string) => vaccines.get(cvx), milestone: (id: string) => milestoneTexts.get(id) };
  const events = history.data.pages.flatMap((p) => p.items);
  if (events.length === 0) return <Empty title={t("family:history.none")} />;
  return (
    <div className="space-y-3">
      <ul aria-label={t("family:history.label")} className="divide-y divide-stone-200 rounded-xl bg-white shadow-sm">
        {events.map((e) => {
          const { summary, changes } = describeEvent(
            e,
            (userId) =>
              userId === me.data?.userId
                ? t("family:history.youObject")
                : (names.get(userId) ?? e.subjectName ?? t("family:history.formerMemberObject")),
            valueNames,
            e.actorId === me.data?.userId && !e.actorKeyName,
          );
          return (
            <li key={e.eventId} className="space-y-1 p-4">
              <p className="flex items-start gap-2 text-stone-900">
                <History aria-hidden className="mt-1 size-4 shrink-0 text-stone-400" />
                <span>
                  <span className="font-medium">{who(e.actorId, e.actorName, e.actorKeyName)}</span> {summary}
                </span>
              </p>
              <p className="pl-6 text-sm text-stone-500">{when(e.at)}</p>
              {changes.length > 0 && (
                <ul className="space-y-0.5 pl-6 text-sm break-words text-stone-700">
                  {changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {history.isError && (
        <ErrorState
          error={history.error}
          onRetry={() => void (history.isFetchNextPageError ? history.fetchNextPage() : history.refetch())}
        />
      )}
      {history.hasNextPage && !history.isError && (
        <Button
          variant="secondary"
          className="w-full"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? t("loading") : t("loadMore")}
        </Button>
      )}
    </div>
  );
}
