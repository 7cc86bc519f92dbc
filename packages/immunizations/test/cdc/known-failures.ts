/**
 * Why a CDC case fails, keyed by case id: an engine defect still open, or a
 * difference between the cases' CDSi version (4.45) and the data's (4.64),
 * shown from the data. Empty while every case passes; the conformance test
 * fails on any failing case that has no entry here.
 */
export const knownFailures: Record<string, string> = {};
