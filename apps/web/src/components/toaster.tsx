import { CircleAlert, CircleCheck, X } from "lucide-react";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useT } from "../i18n/use-t.ts";
import { dismiss, NOTICE_MS, NOTICE_WITH_ACTION_MS, type Notice, notices$ } from "../lib/notify.ts";

/**
 * Where notices appear: two live regions that are always in the page (a region added together with its text is
 * not announced), polite for what went well, assertive for failures. Each notice stays a few seconds, longer
 * while the pointer is on it or focus is in it, and can be dismissed.
 */
export function Toaster() {
  const t = useT();
  const all = useSyncExternalStore(notices$.subscribe, notices$.current);
  const region = "pointer-events-none fixed inset-x-0 bottom-0 z-50 mx-auto flex max-w-md flex-col gap-2 p-4";
  return (
    <section aria-label={t("feedback:region")}>
      <div role="status" aria-live="polite" className={region}>
        {all
          .filter((n) => n.kind === "done")
          .map((n) => (
            <Toast key={n.id} notice={n} />
          ))}
      </div>
      <div role="alert" aria-live="assertive" className={region}>
        {all
          .filter((n) => n.kind === "failed")
          .map((n) => (
            <Toast key={n.id} notice={n} />
          ))}
      </div>
    </section>
  );
}

function Toast({ notice }: { notice: Notice }) {
  const [held, setHeld] = useState(false);
  const t = useT();
  const left = useRef(notice.undo ? NOTICE_WITH_ACTION_MS : NOTICE_MS);
  useEffect(() => {
    if (held) return;
    const started = Date.now();
    const timer = setTimeout(() => dismiss(notice.id), left.current);
    return () => {
      clearTimeout(timer);
      left.current -= Date.now() - started;
    };
  }, [held, notice.id]);
  const failed = notice.kind === "failed";
  const Icon = failed ? CircleAlert : CircleCheck;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: holding the notice open is a convenience, not a control
    <div
      className={`pointer-events-auto flex items-center gap-2 rounded-xl border p-2 pl-3 shadow-lg ${failed ? "border-red-300 bg-red-50 text-red-900" : "border-stone-300 bg-white text-stone-900"}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <Icon aria-hidden className={`size-5 shrink-0 ${failed ? "" : "text-teal-700"}`} />
      <p className="min-w-0 flex-1">{typeof notice.message === "function" ? notice.message() : notice.message}</p>
      {notice.undo && (
        <button
          type="button"
          className="min-h-11 shrink-0 rounded-lg px-3 font-semibold text-teal-800 underline hover:bg-teal-50"
          onClick={() => {
            dismiss(notice.id);
            notice.undo?.();
          }}
        >
          {t("feedback:undo")}
        </button>
      )}
      <button
        type="button"
        aria-label={t("feedback:dismiss")}
        className="inline-flex size-11 shrink-0 items-center justify-center rounded-lg hover:bg-stone-100"
        onClick={() => dismiss(notice.id)}
      >
        <X aria-hidden className="size-5" />
      </button>
    </div>
  );
}
