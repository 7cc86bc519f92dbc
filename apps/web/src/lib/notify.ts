// The app's one way to tell a person what just happened: saved, deleted, undone, failed. The toaster
// (components/toaster.tsx) shows these in a live region; mutations send theirs from the query client
// (app/provider.tsx, each mutation's `meta.done`), and deletes that can be undone send one with an action.

export type Notice = {
  id: number;
  kind: "done" | "failed";
  /** The words, or how to get them: a function is called when shown, so a notice follows a language change. */
  message: string | (() => string);
  /** Takes the change back (the toaster offers it as "Undo"); runs once, then the notice goes. */
  undo?: (() => void) | undefined;
};

/** How long a notice stays (paused while pointed at or focused); one that can be undone stays longer. */
export const NOTICE_MS = 6_000;
export const NOTICE_WITH_ACTION_MS = 12_000;

let notices: readonly Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};

export const notices$ = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  current: () => notices,
};

/** Shows a notice; at most three at once (the oldest goes first). Returns its id. */
export function notify(kind: Notice["kind"], message: Notice["message"], undo?: Notice["undo"]): number {
  const id = nextId++;
  notices = [...notices.filter((n) => n.message !== message), { id, kind, message, undo }].slice(-3);
  emit();
  return id;
}

export function dismiss(id: number) {
  if (!notices.some((n) => n.id === id)) return;
  notices = notices.filter((n) => n.id !== id);
  emit();
}

/** A change that can be taken back (a deleted record re-created): says it is done and offers Undo for a while. */
export function notifyUndoable(message: Notice["message"], undo: () => Promise<unknown>, undone: Notice["message"]) {
  // A failed undo is told by the mutation that failed (app/provider.tsx).
  notify(
    "done",
    message,
    () =>
      void undo().then(
        () => notify("done", undone),
        () => undefined,
      ),
  );
}
