import { formatVolume, type Units } from "@upnest/i18n";
import type { BreastSide, DiaperContents } from "@upnest/schemas";
import { Baby, Milk, Moon, NotebookPen, Play, Plus, Soup, Timer as TimerIcon, Waves } from "lucide-react";
import { type ReactNode, useId, useState } from "react";
import { currentLanguage, t as translate } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { useQuickAdd } from "../api/entries.ts";
import type { useTimerActions } from "../api/timers.ts";
import type { CareEntry, CareKind, Timer, TimerKind } from "../entries.ts";
import type { EntryFormValues } from "../forms/values.ts";
import { bottleChips, lastBottle, lastTracker, trackerLabels } from "../suggestions.ts";

/** What the quick actions open when one tap is not enough: a kind's form, maybe with some values filled in. */
export type OpenForm = (kind: CareKind | undefined, preset?: Partial<EntryFormValues>) => void;

const big =
  "flex min-h-14 min-w-0 flex-col items-center justify-center gap-0.5 rounded-xl border px-2 py-2 text-center font-medium leading-tight wrap-anywhere transition-colors disabled:cursor-not-allowed disabled:opacity-60";
const plain = `${big} border-stone-300 bg-white text-stone-900 hover:bg-stone-100`;
const accent = `${big} border-teal-700 bg-teal-700 text-white hover:bg-teal-800`;

function Group({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  const id = useId();
  return (
    <fieldset aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="mb-1 text-sm font-medium text-stone-700">
        {label}
        {hint && (
          <span id={`${id}-hint`} className="font-normal text-stone-500">
            {" · "}
            {hint}
          </span>
        )}
      </legend>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(min(5.5rem,100%),1fr))] gap-2">{children}</div>
    </fieldset>
  );
}

/**
 * The buttons a parent reaches for with one thumb: a diaper in one tap, a bottle in two (Bottle, then an amount),
 * a timer started in one; the rest opens a form (also for something that happened earlier).
 */
export function QuickActions({
  babyId,
  zone,
  units,
  entries,
  timers,
  timerActions,
  clock,
  openForm,
}: {
  babyId: string;
  zone: string;
  units: Units;
  entries: readonly CareEntry[];
  timers: readonly Timer[];
  timerActions: ReturnType<typeof useTimerActions>;
  /** Now on the server's clock (ms), which quick entries are stamped with. */
  clock: () => number;
  openForm: OpenForm;
}) {
  const t = useT();
  const [bottle, setBottle] = useState(false);
  const diaper = useQuickAdd("diapers", babyId);
  const feed = useQuickAdd("feedings", babyId);
  const tracker = useQuickAdd("customEntries", babyId);
  const running = (kind: TimerKind) => timers.some((timer) => timer.kind === kind);
  const volume = (ml: number) => formatVolume(ml, units, currentLanguage());
  const now = () => new Date(clock()).toISOString();
  const last = lastBottle(entries);
  const labels = trackerLabels(entries).slice(0, 6);

  const logDiaper = (contents: DiaperContents) =>
    diaper.add({ at: now(), timeZone: zone, contents }, () => translate(`care:logged.${contents}`));
  const logBottle = (amountMl: number) => {
    setBottle(false);
    feed.add(
      { startedAt: now(), timeZone: zone, method: "bottle", amountMl, ...(last?.milk ? { milk: last.milk } : {}) },
      () => translate("care:logged.bottle", { amount: volume(amountMl) }),
    );
  };
  const startFeed = (side: BreastSide) => timerActions.start("feeding", side);
  const timerButton = (kind: Exclude<TimerKind, "feeding">, icon: ReactNode) => (
    <button
      type="button"
      className={plain}
      disabled={running(kind) || timerActions.pending}
      onClick={() => timerActions.start(kind)}
    >
      {icon}
      {t(`care:timerKind.${kind}`)}
      {running(kind) && <span className="text-xs font-normal">{t("care:quick.running")}</span>}
    </button>
  );

  return (
    <section aria-labelledby="quick-heading" className="space-y-4 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="quick-heading" className="text-lg font-semibold text-stone-900">
        {t("care:quick.heading")}
      </h2>
      <Group label={t("care:quick.diaper")}>
        {(["wet", "dirty", "both"] as const).map((contents) => (
          <button
            key={contents}
            type="button"
            className={plain}
            disabled={diaper.pending}
            onClick={() => logDiaper(contents)}
          >
            {t(`care:form.contentsOptions.${contents}`)}
          </button>
        ))}
      </Group>
      <Group label={t("care:quick.feed")} hint={t("care:quick.breastHint")}>
        {(["left", "right"] as const).map((side) => (
          <button
            key={side}
            type="button"
            className={plain}
            disabled={running("feeding") || timerActions.pending}
            onClick={() => startFeed(side)}
          >
            <Play aria-hidden className="size-4" />
            {t(`care:form.sides.${side}`)}
          </button>
        ))}
        <button
          type="button"
          className={bottle ? accent : plain}
          aria-expanded={bottle}
          onClick={() => setBottle((b) => !b)}
        >
          <Milk aria-hidden className="size-4" />
          {t("care:quick.bottle")}
        </button>
      </Group>
      {bottle && (
        <Group label={t("care:quick.howMuch")}>
          {last?.amountMl !== undefined && (
            <button
              type="button"
              className={accent}
              disabled={feed.pending}
              onClick={() => logBottle(last.amountMl ?? 0)}
            >
              {t("care:quick.lastAmount", { amount: volume(last.amountMl) })}
            </button>
          )}
          {bottleChips(units).map((ml) => (
            <button key={ml} type="button" className={plain} disabled={feed.pending} onClick={() => logBottle(ml)}>
              {volume(ml)}
            </button>
          ))}
          <button
            type="button"
            className={plain}
            onClick={() => {
              setBottle(false);
              openForm("feedings", { method: "bottle" });
            }}
          >
            {t("care:quick.otherAmount")}
          </button>
        </Group>
      )}
      <Group label={t("care:quick.timers")}>
        {timerButton("sleep", <Moon aria-hidden className="size-4" />)}
        {timerButton("tummyTime", <Baby aria-hidden className="size-4" />)}
        {timerButton("pumping", <Waves aria-hidden className="size-4" />)}
      </Group>
      <Group label={t("care:quick.more")}>
        <button type="button" className={plain} onClick={() => openForm("careNotes")}>
          <NotebookPen aria-hidden className="size-4" />
          {t("care:quick.note")}
        </button>
        <button type="button" className={plain} onClick={() => openForm("feedings", { method: "solids" })}>
          <Soup aria-hidden className="size-4" />
          {t("care:quick.solids")}
        </button>
        <button type="button" className={plain} onClick={() => openForm("customEntries")}>
          <TimerIcon aria-hidden className="size-4" />
          {t("care:quick.tracker")}
        </button>
        {labels.map((label) => (
          <button
            key={label}
            type="button"
            className={plain}
            disabled={tracker.pending}
            onClick={() =>
              tracker.add({ ...lastTracker(entries, label), startedAt: now(), timeZone: zone, label }, () =>
                translate("care:logged.tracker", { label }),
              )
            }
          >
            {label}
          </button>
        ))}
      </Group>
      <button
        type="button"
        className="flex min-h-12 w-full items-center justify-center gap-2 rounded-xl text-base font-medium text-teal-800 hover:bg-teal-50"
        onClick={() => openForm(undefined)}
      >
        <Plus aria-hidden className="size-5" />
        {t("care:quick.earlier")}
      </button>
    </section>
  );
}
