import { useEffect, useRef } from "react";

/**
 * A `<dialog>` shown as the browser's modal while the component is mounted (focus moves in and stays, Escape
 * closes it), closed when it unmounts: the ref to put on the dialog.
 */
export function useModalWhileMounted() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const current = dialog.current;
    if (current && !current.open) current.showModal();
    return () => current?.close();
  }, []);
  return dialog;
}
