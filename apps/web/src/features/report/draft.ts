// The parents' questions for the visit, kept as a draft in this browser's storage, one per baby.

const key = (babyId: string) => `upnest:report-questions:${babyId}`;

export function readQuestions(storage: Storage, babyId: string): string {
  try {
    return storage.getItem(key(babyId)) ?? "";
  } catch {
    return "";
  }
}

/** Keeps the text (an empty one removes the draft); a storage that refuses (private mode, full) loses only the draft. */
export function keepQuestions(storage: Storage, babyId: string, text: string) {
  try {
    if (text.trim()) storage.setItem(key(babyId), text);
    else storage.removeItem(key(babyId));
  } catch {
    // Nothing to do: the questions are still in the form and go into this PDF.
  }
}
