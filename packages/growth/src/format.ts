// Display rules from growth-standards.md: a percentile with one decimal, the
// tails as "< 0.1" / "> 99.9" (one decimal cannot say more there), and the
// z-score with two decimals beside it.

export function formatPercentile(percentile: number): string {
  if (percentile < 0.1) return "< 0.1";
  if (percentile > 99.9) return "> 99.9";
  return percentile.toFixed(1);
}

export function formatZScore(zScore: number): string {
  // Avoid "-0.00" for scores that round to zero.
  const text = zScore.toFixed(2);
  return text === "-0.00" ? "0.00" : text;
}

/**
 * A value as text for a developer message. Never throws: `String()` does for
 * objects whose `toString` is not a function (say, `{ toString: {} }` from a
 * stored record or a form), and a bad input must get a reason, not an error.
 */
export function shown(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
