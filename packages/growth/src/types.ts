// Public vocabulary of @upnest/growth. Kept in one file so the API package can
// import the types without pulling in any table data.

export type Sex = "female" | "male";

/** How a length/height was taken: recumbent (lying) or standing. */
export type Measured = "lying" | "standing";

export type Indicator =
  | "weight-for-age"
  | "length-for-age"
  | "head-circumference-for-age"
  | "weight-for-length"
  | "weight-for-height"
  | "bmi-for-age";

/**
 * WHO's "implausible value" flags. The value is kept and shown with a
 * "check this measurement" warning; it is never dropped.
 */
export type Flag = "implausible-low" | "implausible-high";

/** Why no z-score was computed; stable codes the UI can translate. */
export type NoScoreReason =
  | "unknown-indicator"
  | "unknown-sex"
  | "unknown-measurement-position"
  | "age-not-whole-days"
  | "age-before-birth"
  | "age-over-5-years"
  | "value-not-positive"
  | "value-out-of-scale"
  | "length-missing"
  | "use-weight-for-height"
  | "use-weight-for-length"
  | "length-below-range"
  | "length-above-range";

export interface ZScore {
  zScore: number;
  /** 100 · Φ(z), unrounded; see formatPercentile for display. */
  percentile: number;
  flag: Flag | null;
}

export interface NoZScore {
  zScore: null;
  percentile: null;
  flag: null;
  reason: NoScoreReason;
  /** One English sentence for logs and developers; the UI should use `reason`. */
  message: string;
}

/** Narrow with `result.zScore === null`. */
export type ZScoreResult = ZScore | NoZScore;

export interface ZScoreInput {
  /** WHO Child Growth Standards, birth to 5 years: the default when omitted. */
  standard?: "who-2006";
  indicator: Indicator;
  sex: Sex;
  /** Whole days since birth (use ageForPercentile's usedDays for preterm babies). */
  ageInDays: number;
  /** kg for weight-based indicators, cm for length and head circumference, kg/m² for BMI. */
  value: number;
  /** How length/height was taken; omitted or null means "as WHO expects for the age". */
  measured?: Measured | null;
  /** Length or height in cm, required for weight-for-length/height. */
  lengthCm?: number;
}

/** One row of a WHO table: Box-Cox power, median, coefficient of variation. */
export type LmsRow = readonly [l: number, m: number, s: number];

/** A generated table: rows start at `first` and advance by 1/`rowsPerUnit`. */
export interface LmsTable {
  readonly first: number;
  readonly rowsPerUnit: number;
  readonly male: readonly LmsRow[];
  readonly female: readonly LmsRow[];
}
