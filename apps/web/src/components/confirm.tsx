import { type ReactNode, useId, useRef } from "react";
import { useT } from "../i18n/use-t.ts";
import { Button, type ButtonVariant } from "./button.tsx";

/**
 * A button for a change that cannot be undone (removing a person, ending sessions, deleting an account): it opens
 * a modal dialog (the browser's <dialog>: focus moves in and stays, Escape cancels) that says what will happen,
 * with the destructive choice named and Cancel focused first.
 */
export function ConfirmButton({
  children,
  title,
  description,
  confirmLabel,
  onConfirm,
  disabled,
  variant = "secondary",
  className,
  "aria-label": label,
}: {
  children: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  variant?: ButtonVariant;
  className?: string;
  "aria-label"?: string;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <Button
        variant={variant}
        className={className}
        aria-label={label}
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
      >
        {children}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className="m-auto w-[min(28rem,calc(100%-2rem))] rounded-2xl bg-white p-5 text-stone-900 shadow-xl backdrop:bg-black/60"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={`${id}-body`} className="mt-2 text-stone-700">
          {description}
        </div>
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={close} autoFocus>
            {t("feedback:cancel")}
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
