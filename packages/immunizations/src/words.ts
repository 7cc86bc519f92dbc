/**
 * What a parent reads about a vaccination status, in each language: why a dose does not count (CDSi's evaluation
 * reasons, sent by the API as a stable code), the vaccine groups' and antigens' names, parentView's notes and the
 * conditions a family can choose (src/words/). English names are CDSi's and WHO's own; test/words.test.ts fails on
 * a group or antigen of the data without a Spanish name. This module and src/words/ import no schedule data, so
 * the web app loads them (`@upnest/immunizations/words`) without it.
 */

import type { VaccinationLanguage } from "./words/languages.ts";

export {
  type ConditionName,
  conditionName,
  conditionSearchText,
  searchConditionNames,
} from "./words/conditions.ts";
export { VACCINATION_LANGUAGES, type VaccinationLanguage } from "./words/languages.ts";
export { type NoteCode, noteText } from "./words/notes.ts";

/** CDSi's evaluation reasons (Logic Specification v4.6, chapter 6) and the code the API sends for each. */
const REASON_CODES = {
  "Age: too young": "too-young",
  "Age: too old": "too-old",
  "Age: grace period": "grace-period",
  "Interval: too soon": "too-soon",
  "Live virus conflict": "live-virus-conflict",
  "Inadvertent vaccine": "inadvertent",
  "Vaccine not preferable or allowable for this dose": "not-allowable",
  "Series already complete": "series-complete",
  // Beyond CDSi (src/engine/beyond-cdsi.ts): ACIP's rule for HepB in babies under 2,000 g.
  "Birth weight under 2,000 g": "low-birth-weight",
} as const;
export type ReasonCode = (typeof REASON_CODES)[keyof typeof REASON_CODES];

/** Each reason said the way a parent would understand it. */
const REASONS: Record<ReasonCode, Record<VaccinationLanguage, string>> = {
  "too-young": {
    en: "It was given before the youngest age at which this dose counts.",
    es: "Se aplicó antes de la edad mínima a la que cuenta esta dosis.",
  },
  "too-old": {
    en: "It was given after the oldest age at which this dose counts.",
    es: "Se aplicó después de la edad máxima a la que cuenta esta dosis.",
  },
  "grace-period": {
    en: "It counts: it was given within the 4-day grace period.",
    es: "Cuenta: se aplicó dentro del margen de 4 días.",
  },
  "too-soon": {
    en: "It was given too soon after the previous dose.",
    es: "Se aplicó demasiado pronto después de la dosis anterior.",
  },
  "live-virus-conflict": {
    en: "It was given too soon after another live vaccine (they need about 4 weeks apart).",
    es: "Se aplicó demasiado pronto después de otra vacuna de virus vivos (tiene que haber unas 4 semanas entre ellas).",
  },
  inadvertent: {
    en: "This vaccine is not meant to be used for this dose.",
    es: "Esta vacuna no está indicada para esta dosis.",
  },
  "not-allowable": {
    en: "This vaccine does not count for this dose.",
    es: "Esta vacuna no cuenta para esta dosis.",
  },
  "series-complete": {
    en: "It was not needed: the series was already complete.",
    es: "No hacía falta: la serie ya estaba completa.",
  },
  "low-birth-weight": {
    en: "It was given before 1 month of age to a baby who weighed under 2,000 g at birth, so the full series starts from 1 month.",
    es: "Se aplicó antes del mes de vida a un bebé que pesó menos de 2000 g al nacer, así que la serie completa empieza al mes.",
  },
};

/** The code of one of CDSi's reasons; undefined for none or one this version does not know. */
export function reasonCode(reason: string | undefined): ReasonCode | undefined {
  if (reason === undefined || !Object.hasOwn(REASON_CODES, reason)) return undefined;
  return REASON_CODES[reason as keyof typeof REASON_CODES];
}

/** A reason code's words in `language`; undefined for a code this version does not know (never shown as is). */
export function reasonText(code: string | undefined, language: VaccinationLanguage): string | undefined {
  if (code === undefined || !Object.hasOwn(REASONS, code)) return undefined;
  return REASONS[code as ReasonCode][language];
}

/** The vaccine groups of CDC's schedule (CDSi) and WHO's, in Spanish. */
const GROUP_NAMES_ES: Readonly<Record<string, string>> = {
  "COVID-19": "COVID-19",
  "DTaP/Tdap/Td": "Difteria, tétanos y tosferina (DTaP/Tdap/Td)",
  HepA: "Hepatitis A (HepA)",
  HepB: "Hepatitis B (HepB)",
  Hib: "Haemophilus influenzae tipo b (Hib)",
  Influenza: "Influenza (gripe)",
  MMR: "Sarampión, paperas y rubéola (MMR)",
  Meningococcal: "Meningococo",
  Pneumococcal: "Neumococo",
  Polio: "Polio",
  RSV: "Virus respiratorio sincitial (VRS)",
  Rotavirus: "Rotavirus",
  Varicella: "Varicela",
  BCG: "Tuberculosis (BCG)",
  DTP: "Difteria, tétanos y tosferina (DTP)",
  HPV: "Virus del papiloma humano (VPH)",
  MR: "Sarampión y rubéola (MR)",
  PCV: "Neumococo conjugada (PCV)",
  Chikungunya: "Chikunguña",
  Cholera: "Cólera",
  Dengue: "Dengue",
  Ebola: "Ébola",
  "Japanese Encephalitis": "Encefalitis japonesa",
  "Meningococcal B": "Meningococo B",
  Orthopoxvirus: "Ortopoxvirus (viruela y mpox)",
  Rabies: "Rabia",
  TBE: "Encefalitis transmitida por garrapatas",
  Typhoid: "Fiebre tifoidea",
  "Yellow Fever": "Fiebre amarilla",
  Zoster: "Herpes zóster (culebrilla)",
};

/** The antigens a dose counts for, in Spanish. */
const ANTIGEN_NAMES_ES: Readonly<Record<string, string>> = {
  "COVID-19": "COVID-19",
  Diphtheria: "Difteria",
  HPV: "VPH",
  HepA: "Hepatitis A",
  HepB: "Hepatitis B",
  Hib: "Hib",
  Influenza: "Influenza",
  Measles: "Sarampión",
  Meningococcal: "Meningococo",
  Mumps: "Paperas",
  Pertussis: "Tosferina",
  Pneumococcal: "Neumococo",
  Polio: "Polio",
  RSV: "VRS",
  Rotavirus: "Rotavirus",
  Rubella: "Rubéola",
  Tetanus: "Tétanos",
  Tuberculosis: "Tuberculosis",
  Varicella: "Varicela",
  Chikungunya: "Chikunguña",
  Cholera: "Cólera",
  Dengue: "Dengue",
  Ebola: "Ébola",
  "Japanese Encephalitis": "Encefalitis japonesa",
  "Meningococcal B": "Meningococo B",
  Orthopoxvirus: "Ortopoxvirus",
  Rabies: "Rabia",
  TBE: "Encefalitis transmitida por garrapatas",
  Typhoid: "Fiebre tifoidea",
  "Yellow Fever": "Fiebre amarilla",
  Zoster: "Herpes zóster",
};

/** Exported for the completeness test. */
export const SPANISH_NAMES = { groups: GROUP_NAMES_ES, antigens: ANTIGEN_NAMES_ES } as const;

const named = (names: Readonly<Record<string, string>>, name: string, language: VaccinationLanguage) =>
  language === "es" && Object.hasOwn(names, name) ? (names[name] ?? name) : name;

/** A vaccine group's name in `language` (CDSi's or WHO's name in English; an unknown one reads as itself). */
export const vaccineGroupName = (name: string, language: VaccinationLanguage): string =>
  named(GROUP_NAMES_ES, name, language);

/** An antigen's name in `language` (CDSi's name in English; an unknown one reads as itself). */
export const antigenName = (name: string, language: VaccinationLanguage): string =>
  named(ANTIGEN_NAMES_ES, name, language);
