// A point's details that stay open after a tap, a click, Enter or Space: its facts, Edit and Delete (for those who
// may change the baby's records) and Close. Escape or Close returns the focus to the point.
import { Link } from "@tanstack/react-router";
import { Pencil, Trash2, X } from "lucide-react";
import { type KeyboardEvent, useEffect, useRef } from "react";
import { Button, buttonClass } from "../../../components/button.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import type { ChartPoint } from "../chart-data.ts";
import { PointFacts } from "./point-facts.tsx";

export type PointActions = {
  babyId: string;
  /** Null for a viewer: no Edit, no Delete. */
  remove: ((measurementId: string) => void) | null;
  deleting: boolean;
};

export function PointDetails({
  point,
  actions,
  onClose,
}: {
  point: ChartPoint;
  actions: PointActions;
  onClose: () => void;
}) {
  const t = useT();
  const panel = useRef<HTMLDivElement>(null);
  // The details take the focus when they open (or show another point), so a screen reader reads them.
  useEffect(() => {
    panel.current?.focus();
    panel.current?.scrollIntoView?.({ block: "nearest" });
  }, [point.measurementId]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    onClose();
  };
  return (
    <div
      ref={panel}
      role="dialog"
      aria-label={t("growth:chart.details", { date: showDate(point.measuredOn) })}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      className="growth-details relative space-y-1 rounded-lg border border-stone-300 bg-white p-3 pr-12 text-sm shadow-md outline-none focus-visible:ring-2 focus-visible:ring-teal-700"
    >
      <PointFacts point={point} />
      <button
        type="button"
        onClick={onClose}
        aria-label={t("growth:chart.close")}
        className={buttonClass("quiet", "absolute top-1 right-1 px-3")}
      >
        <X aria-hidden className="size-5" />
      </button>
      {actions.remove && (
        <div className="flex flex-wrap gap-2 pt-2">
          <Link
            to="/babies/$babyId/measurements/$measurementId/edit"
            params={{ babyId: actions.babyId, measurementId: point.measurementId }}
            className={buttonClass("secondary")}
          >
            <Pencil aria-hidden className="size-4" /> {t("growth:chart.edit")}
          </Link>
          <Button variant="secondary" disabled={actions.deleting} onClick={() => actions.remove?.(point.measurementId)}>
            <Trash2 aria-hidden className="size-4" />{" "}
            {actions.deleting ? t("growth:chart.deleting") : t("growth:chart.delete")}
          </Button>
        </div>
      )}
    </div>
  );
}
