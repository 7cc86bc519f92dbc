import type { RouterOutputs } from "@upnest/api";
import { earlyBy } from "@upnest/health";
import { Pill } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "../../../components/button.tsx";
import { i18n } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { idempotencyKeys } from "../../../lib/idempotency.ts";
import { useModalWhileMounted } from "../../../lib/modal-dialog.ts";
import { notify, notifyUndoable } from "../../../lib/notify.ts";
import { useRecordWrite } from "../../../lib/record-queries.ts";
import { Sheet } from "../../care/components/sheet.tsx";
import { TimeInput } from "../../care/forms/controls.tsx";
import { fromLocalInput, toLocalInput } from "../../care/zone.ts";
import { useHealthWrite } from "../api/health.ts";
import { clockText, waitText } from "../format.ts";

type CourseView = RouterOutputs["health"]["overview"]["courses"][number];
/** A dose about to be recorded that the course does not allow yet. */
type Early = { givenAt: string; byMs: number; chosen: boolean };

/**
 * "Give dose": records a dose of the course now, or at a time the person chooses. A dose the family's own course
 * does not allow yet is not recorded until they confirm, after a warning in the course's own words.
 */
export function GiveDose({
  babyId,
  view,
  zone,
  now,
}: {
  babyId: string;
  view: CourseView;
  zone: string;
  now: () => number;
}) {
  const t = useT();
  const { course, doses } = view;
  const add = useHealthWrite("medicineDoses", "add");
  const remove = useRecordWrite("medicineDoses", "delete");
  const [keyFor] = useState(() => idempotencyKeys());
  const [choosing, setChoosing] = useState<string | null>(null);
  const [early, setEarly] = useState<Early | null>(null);

  const record = (givenAt: string) => {
    const values = {
      givenAt,
      timeZone: zone,
      name: course.name,
      courseId: course.courseId,
      ...(course.amount === undefined ? {} : { amount: course.amount }),
      ...(course.unit ? { unit: course.unit } : {}),
      ...(course.route ? { route: course.route } : {}),
    };
    add.mutate(
      { babyId, ...values, idempotencyKey: keyFor(values) },
      {
        onSuccess: (saved) => {
          const dose = saved as { doseId: string; version: number };
          notifyUndoable(
            () => i18n.t("health:give.saved", { name: course.name }),
            () => remove.mutateAsync({ babyId, doseId: dose.doseId, version: dose.version }),
            () => i18n.t("health:form.restored"),
          );
        },
      },
    );
  };
  const give = (givenAt: string, chosen: boolean) => {
    const byMs = earlyBy(course, doses, givenAt);
    if (byMs > 0) setEarly({ givenAt, byMs, chosen });
    else record(givenAt);
  };

  return (
    <div className="flex gap-2">
      <Button
        className="min-h-14 flex-1 text-lg"
        disabled={add.isPending}
        onClick={() => give(new Date(now()).toISOString(), false)}
      >
        <Pill aria-hidden className="size-6" /> {t("health:medicines.give")}
      </Button>
      <Button variant="secondary" className="min-h-14" onClick={() => setChoosing(toLocalInput(now(), zone))}>
        {t("health:medicines.giveAt")}
      </Button>
      {choosing !== null && (
        <Sheet title={t("health:give.title", { name: course.name })} onClose={() => setChoosing(null)}>
          <form
            noValidate
            className="space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              const givenAt = fromLocalInput(choosing, zone);
              if (!givenAt) return;
              setChoosing(null);
              give(givenAt, true);
            }}
          >
            <TimeInput
              id={`give-${course.courseId}-time`}
              label={t("health:give.time")}
              value={choosing}
              max={toLocalInput(now(), zone)}
              onChange={setChoosing}
            />
            <Button type="submit" className="min-h-12 w-full">
              {t("health:give.save")}
            </Button>
          </form>
        </Sheet>
      )}
      {early && (
        <EarlyWarning
          text={t(early.chosen ? "health:give.warningAt" : "health:give.warningNow", {
            time: clockText(new Date(Date.parse(early.givenAt) + early.byMs).toISOString(), zone, now()),
            wait: waitText(early.byMs),
          })}
          onCancel={() => {
            setEarly(null);
            notify("done", () => i18n.t("health:give.notRecorded"));
          }}
          onConfirm={() => {
            setEarly(null);
            record(early.givenAt);
          }}
        />
      )}
    </div>
  );
}

/** The warning before an early dose: Cancel is focused first; Escape cancels. */
function EarlyWarning({ text, onCancel, onConfirm }: { text: string; onCancel: () => void; onConfirm: () => void }) {
  const t = useT();
  const dialog = useModalWhileMounted();
  const id = useId();
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={onCancel}
      className="m-auto w-[min(28rem,calc(100%-2rem))] rounded-2xl bg-white p-5 text-stone-900 shadow-xl backdrop:bg-black/60"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold text-amber-800">
        {t("health:give.warningTitle")}
      </h2>
      <p id={`${id}-body`} className="mt-2 text-stone-800">
        {text}
      </p>
      <p className="mt-2 text-sm text-stone-600">{t("health:fromCourse")}</p>
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" className="min-h-12" onClick={onCancel} autoFocus>
          {t("health:give.cancel")}
        </Button>
        <Button variant="danger" className="min-h-12" onClick={onConfirm}>
          {t("health:give.anyway")}
        </Button>
      </div>
    </dialog>
  );
}
