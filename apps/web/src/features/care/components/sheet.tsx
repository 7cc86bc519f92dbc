import { X } from "lucide-react";
import { type ReactNode, useId } from "react";
import { useT } from "../../../i18n/use-t.ts";
import { useModalWhileMounted } from "../../../lib/modal-dialog.ts";

/**
 * A form over the page: the browser's modal <dialog> (focus moves in and stays, Escape closes it), rising from
 * the bottom on a phone where the thumb is, centred on a wider screen. Shown while mounted; `onClose` when the
 * person closes it.
 */
export function Sheet({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const t = useT();
  const dialog = useModalWhileMounted();
  const id = useId();
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      // A close that was followed by opening again (an effect run twice while developing) is not the person's.
      onClose={() => dialog.current?.open || onClose()}
      className="m-0 mt-auto max-h-[92dvh] w-full max-w-none overflow-y-auto rounded-t-2xl bg-white p-4 text-stone-900 shadow-xl backdrop:bg-black/60 sm:m-auto sm:w-[min(32rem,calc(100%-2rem))] sm:rounded-2xl sm:p-6"
    >
      <div className="mb-3 flex items-center justify-between gap-3">
        <h2 id={`${id}-title`} className="text-xl font-semibold">
          {title}
        </h2>
        <button
          type="button"
          aria-label={t("care:form.close")}
          className="-mr-2 inline-flex size-12 shrink-0 items-center justify-center rounded-lg hover:bg-stone-100"
          onClick={() => dialog.current?.close()}
        >
          <X aria-hidden className="size-6" />
        </button>
      </div>
      {children}
    </dialog>
  );
}
