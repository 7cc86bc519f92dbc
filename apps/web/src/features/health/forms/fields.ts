import type { HealthFormValues } from "./values.ts";

/** The form's fields whose value is any text (what a person types), not a choice among a few. */
export type TypedField = {
  [K in keyof HealthFormValues]: string extends HealthFormValues[K] ? K : never;
}[keyof HealthFormValues];

/** What each kind's fields get from the form: its values, a setter, messages, ids, and a typed field's wiring. */
export type FieldsProps = {
  values: HealthFormValues;
  set: <K extends keyof HealthFormValues>(field: K, value: HealthFormValues[K]) => void;
  error: (field: keyof HealthFormValues) => string | undefined;
  id: (field: string) => string;
  typed: (field: TypedField) => {
    id: string;
    value: string;
    error: string | undefined;
    onChange: (value: string) => void;
  };
};
