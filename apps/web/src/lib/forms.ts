import { translateMessage } from "@upnest/i18n";
import type { z } from "zod";
import { currentLanguage } from "../i18n/i18n.ts";

/** A schema's (English) field message in the language the app speaks. */
export const inAppLanguage = (message: string) => translateMessage(message, currentLanguage());

/**
 * The first problem of each field of a failed parse, keyed by the field's name (what forms show next to it), in
 * the app's language (`translate` = the identity keeps the schemas' English, for a form that rewords it first).
 */
export function zodFieldErrors(
  error: z.ZodError,
  translate: (message: string) => string = inAppLanguage,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (field && !result[field]) result[field] = translate(issue.message);
  }
  return result;
}

/** A number typed by a person: blank is "not given", and a decimal comma is as good as a point. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return Number(trimmed.replace(",", "."));
}

/** The message to show for a field: the form's own check first, else what the API said about it. */
export function firstError(errors: readonly unknown[], server: string | undefined): string | undefined {
  const own = errors.find((e): e is string => typeof e === "string" && e.length > 0);
  return own ?? server;
}

/** The fields of form values `V` whose value is any text (what a person types), not a choice among a few. */
export type TypedFieldOf<V> = { [K in keyof V]: string extends V[K] ? K : never }[keyof V];

/** What a kind's fields get from its form: the values, a setter, messages, ids, and a typed field's wiring. */
export type FieldsPropsOf<V> = {
  values: V;
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  error: (field: keyof V) => string | undefined;
  id: (field: string) => string;
  /** A typed field's id, value, message and change handler, for a `TextInput` or `NumberInput`. */
  typed: (field: TypedFieldOf<V>) => {
    id: string;
    value: string;
    error: string | undefined;
    onChange: (value: string) => void;
  };
};
