import { z } from "zod";
import { id, idempotencyKey, isoDate, pageFields, timestamps } from "../common.ts";

/**
 * How a record type's records are ordered and found in time:
 * - `date`: a calendar date field (`YYYY-MM-DD`), e.g. a measurement's `measuredOn`;
 * - `instant`: a moment (ISO 8601) and the IANA time zone it happened in, e.g. a feeding that started at
 *   03:12 in America/Chicago: stored by the UTC instant, shown in its zone;
 * - `none`: no date orders them; they are keyed by id alone (a checklist milestone by its own id).
 */
export type Dating =
  | { by: "date"; field: string }
  | { by: "instant"; field: string; zoneField: string }
  | { by: "none" };

/** The baby's facts a rule may need (they come with the membership check). */
export type RuleFacts = { dateOfBirth: string };
/** A problem with one field of a record's values, in the user's words. */
export type FieldProblem = { field: string; message: string };

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** What a type's definition says; `defineBabyRecord` fills in the inputs it does not give. */
export type BabyRecordSpec<K extends string, I extends string, Values extends AnyObject, Rec extends AnyObject> = {
  /** The type's name everywhere a client sees it: the router (`measurements.add`), export, CSV kind. */
  kind: K;
  /** Its name in the audit trail (`measurement`). */
  recordType: string;
  /** Display name in messages (`Measurement not found`). */
  label: string;
  /** Key prefix in the baby's partition (`MEAS`); never changed once records exist. */
  prefix: string;
  /**
   * Types that say `timeline` and share a prefix keep their records in one sort-key range, told apart by
   * their `type` (the care log's `CARE#<instant>#<id>`): one Query reads a day of all of them.
   */
  timeline?: true;
  /** The id attribute (`measurementId`). */
  idField: I;
  dated: Dating;
  /** What a family enters: the values of one record, as add/update carry them and export/import/CSV hold them. */
  values: Values;
  /** A stored record as clients get it (values, id, babyId, createdBy, timestamps). */
  record: Rec;
  /** CSV columns in order (value fields, and any the API derives): the machine-readable file, which imports. */
  csv: readonly string[];
  /**
   * The columns of the file meant for people, when they differ (codes and ids left out, their words in): headed
   * in the person's language (packages/i18n `csv:columns`), values written as a person reads them.
   */
  readableCsv?: readonly string[];
  /**
   * Valid values of one record (as a client sends them): the isolation sweep, the every-procedure table and the
   * fuzzing build their calls of the type's procedures from it, so a new type is covered without a test edit.
   */
  example: z.input<Values>;
  /** At most this many per baby in one export document. */
  exportLimit: { max: number; message: string };
  /** Rules that need the baby (e.g. not before birth). */
  check?(baby: RuleFacts, values: z.output<Values>): FieldProblem | undefined;
  /** Normalises values before they are stored. */
  clean?(values: z.output<Values>): z.output<Values>;
  /** A natural id (a checklist milestone's): the record is then unique per baby. */
  naturalId?(values: z.output<Values>): string | undefined;
  /** Records stored before ids carried their key (decision 0007) may exist: ids of that form are looked up the old way. */
  legacyIds?: boolean;
  /** Input schemas, when the type's differ from the ones derived from `values`. */
  inputs?: Partial<RecordInputs>;
};

export type RecordInputs = {
  add: z.ZodType<{ babyId: string; idempotencyKey?: string | undefined }>;
  update: z.ZodType<{ babyId: string; version: number }>;
  ref: z.ZodType<{ babyId: string }>;
  remove: z.ZodType<{ babyId: string; version: number }>;
  list: z.ZodType<{ babyId: string; limit: number; cursor?: string | undefined; from?: string; to?: string }>;
};

export type BabyRecordDefinition<
  K extends string = string,
  I extends string = string,
  Values extends AnyObject = AnyObject,
  Rec extends AnyObject = AnyObject,
> = Omit<BabyRecordSpec<K, I, Values, Rec>, "inputs"> & { inputs: RecordInputs };

/** The values of a definition's records, and the records themselves. */
export type ValuesOf<D extends BabyRecordDefinition> = z.output<D["values"]>;
export type RecordOf<D extends BabyRecordDefinition> = z.output<D["record"]>;

/** The inputs derived from a type's values: add, update, a reference to one, remove, list by range. */
function deriveInputs<I extends string, Values extends AnyObject>(idField: I, values: Values, dated: Dating) {
  const idShape = { [idField]: id } as Record<I, typeof id>;
  const ref = z.object({ babyId: id, ...idShape });
  return {
    add: values.safeExtend({ babyId: id, idempotencyKey: idempotencyKey.optional() }),
    update: values.safeExtend({ babyId: id, version: timestamps.version, ...idShape }),
    ref,
    remove: ref.extend({ version: timestamps.version }),
    list: z
      .object({ babyId: id, from: rangeBound(dated).optional(), to: rangeBound(dated).optional(), ...pageFields })
      .refine((q) => !q.from || !q.to || q.from <= q.to, {
        path: ["to"],
        error: "End date must not be before start date",
      }),
  };
}
type Derived<I extends string, Values extends AnyObject> = ReturnType<typeof deriveInputs<I, Values>>;

/**
 * One record type of a baby, in one place: its values and stored shape, how it is dated, its names, its CSV
 * columns and its audit wording. The repository, the router's procedures, export, import, CSV and the
 * history's wording all come from this (docs/architecture.md, "Record types").
 */
export function defineBabyRecord<
  K extends string,
  I extends string,
  Values extends AnyObject,
  Rec extends AnyObject,
  // biome-ignore lint/complexity/noBannedTypes: no inputs given is the common case
  G extends Partial<RecordInputs> = {},
>(
  spec: Omit<BabyRecordSpec<K, I, Values, Rec>, "inputs"> & { inputs?: G },
): BabyRecordDefinition<K, I, Values, Rec> & { inputs: Omit<Derived<I, Values>, keyof G> & G } {
  const derived = deriveInputs(spec.idField, spec.values, spec.dated);
  return { ...spec, inputs: { ...derived, ...spec.inputs } } as never;
}

/** A list's bounds: dates for a date-ordered type, UTC instants for an instant-ordered one. */
function rangeBound(dated: Dating) {
  return dated.by === "instant" ? z.iso.datetime({ error: "Enter a date and time" }) : isoDate;
}

/** The field names of a definition's values, in their order. */
export const valueFields = (definition: BabyRecordDefinition) => Object.keys(definition.values.shape);

/** Only the values of a record (what export and CSV hold): no ids, versions or bookkeeping. */
export function valuesOf<D extends BabyRecordDefinition>(definition: D, record: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const field of valueFields(definition)) if (record[field] !== undefined) out[field] = record[field];
  return out as Partial<ValuesOf<D>>;
}

/** The rule most dated types share: nothing is recorded before the baby was born. */
export const notBeforeBirth =
  (field: string, label: string) =>
  (baby: RuleFacts, values: Record<string, unknown>): FieldProblem | undefined => {
    const value = String(values[field] ?? "");
    return value && value.slice(0, 10) < baby.dateOfBirth
      ? { field, message: `${label} cannot be before the date of birth (${baby.dateOfBirth})` }
      : undefined;
  };
