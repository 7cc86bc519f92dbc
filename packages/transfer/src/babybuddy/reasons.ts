// Why a row of Baby Buddy's export became nothing: a code and the row's own words, so an app shows the reason in
// its person's language (packages/i18n `imports:reasons.<code>` has these texts in English word for word, and in
// Spanish), and the English text for everyone else (tests, logs of a person's own import).

/** Each reason's English text; `{{name}}` is one of the row's values. */
export const REASONS = {
  notFile: "Not one of Baby Buddy's export files",
  secondFile: "A second {{model}} file: import one at a time",
  noChild: "The row names no child",
  unknownChild: "No child {{child}} in {{file}}",
  sameRow: "The same row as line {{line}}",
  /** A value the kind's own form refuses: `message` is a field message of the `validation` catalog. */
  invalid: "{{message}}",
  notDateTime: 'The {{column}} "{{value}}" is not a date and time',
  notDate: 'The date "{{value}}" is not a date',
  notNumber: 'The {{column}} "{{value}}" is not a number',
  bottleMilk: 'A bottle of "{{value}}" is not breast milk, formula or fortified breast milk',
  bottleNoAmount: "A bottle feed without an amount: UpNest records how much was fed",
  solidFood: "A solid food feed without the foods eaten: UpNest records at least one food",
  feedingMethod: 'The feeding method "{{method}}" with "{{type}}" has no UpNest equivalent',
  sleepNoEnd: "A sleep without an end",
  napValue: 'The nap value "{{value}}" is not yes or no',
  wetSolid: "Wet and solid must each be 1 or 0",
  neitherWetNorSolid: "A change that was neither wet nor solid",
  colour: 'The colour "{{value}}" is not one UpNest knows',
  tummyNoEnd: "Tummy time without an end",
  temperatureMethod: "Baby Buddy does not say how the temperature was taken: choose the method to import it",
  medicationName: "A medication without the medicine's name",
  dosageUnit: 'The dosage unit "{{value}}" is not one of {{units}}',
  heightNoBirthDate: "A height without the child's birth date (child.csv): UpNest needs lying or standing",
  bmi: "UpNest works BMI out from weight and length, so a BMI on its own is not imported",
} as const;
export type ReasonCode = keyof typeof REASONS;
export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

/** A reason: its code, the values its text names, and the English text. */
export type Reason = { code: ReasonCode; values: Record<string, string>; reason: string };

/** The English text of a reason with its values filled in. */
export const reasonText = (code: ReasonCode, values: Record<string, string>) =>
  REASONS[code].replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");

export const because = (code: ReasonCode, values: Record<string, string> = {}): Reason => ({
  code,
  values,
  reason: reasonText(code, values),
});
