/** The notes parentView adds for seasonal, age-window and condition-driven vaccines, in each language. */
import type { VaccinationLanguage } from "./languages.ts";

export const NOTE_TEXTS = {
  "flu-each-season": {
    en: "Flu vaccine every season (autumn to spring), from 6 months of age. A child under 9 having it for the first time gets 2 doses, 4 weeks apart.",
    es: "Vacuna contra la gripe cada temporada (de otoño a primavera), a partir de los 6 meses. Un niño menor de 9 años que la recibe por primera vez necesita 2 dosis separadas por 4 semanas.",
  },
  "rsv-first-season": {
    en: "One dose of RSV antibody (nirsevimab or clesrovimab) for babies under 8 months in their first RSV season (October to March), unless the mother had the RSV vaccine at least 14 days before birth.",
    es: "Una dosis de anticuerpo contra el VRS (nirsevimab o clesrovimab) para bebés menores de 8 meses en su primera temporada de VRS (de octubre a marzo), salvo que la madre recibiera la vacuna contra el VRS al menos 14 días antes del parto.",
  },
  "rsv-mother-vaccinated": {
    en: "Not needed: the mother's RSV vaccine in pregnancy, given at least 14 days before birth, protects the baby in the first season.",
    es: "No hace falta: la vacuna contra el VRS que recibió la madre en el embarazo, al menos 14 días antes del parto, protege al bebé en su primera temporada.",
  },
  "rsv-mother-vaccinated-late": {
    en: "The mother's RSV vaccine was given less than 14 days before birth, so the baby still needs the RSV antibody.",
    es: "La vacuna contra el VRS de la madre se puso menos de 14 días antes del parto, así que el bebé necesita igualmente el anticuerpo.",
  },
  "rsv-mother-vaccinated-undated": {
    en: "The mother had the RSV vaccine in pregnancy: if it was at least 14 days before birth, the baby does not need the antibody. Add its date, or ask your doctor.",
    es: "La madre recibió la vacuna contra el VRS en el embarazo: si fue al menos 14 días antes del parto, el bebé no necesita el anticuerpo. Añade la fecha o pregunta a tu pediatra.",
  },
  "rsv-high-risk": {
    en: "Recommended in a second RSV season (up to 19 months of age) for children at high risk, because of a condition recorded here.",
    es: "Recomendado en una segunda temporada de VRS (hasta los 19 meses) para niños de alto riesgo, por una enfermedad registrada aquí.",
  },
  "rsv-past-infancy": {
    en: "The RSV antibody is given in a baby's first RSV season (October to March) before 8 months of age, and to children at high risk up to 19 months in their second; this child's time for it has passed.",
    es: "El anticuerpo contra el VRS se pone en la primera temporada de VRS del bebé (de octubre a marzo) antes de los 8 meses, y a niños de alto riesgo hasta los 19 meses en la segunda; ya ha pasado el momento para este niño.",
  },
  "adults-only": {
    en: "A vaccine for adults: nothing to do in childhood.",
    es: "Una vacuna para adultos: no hay nada que hacer en la infancia.",
  },
  "only-with-indication": {
    en: "Only for children with certain health conditions or travel plans; ask your doctor if one applies.",
    es: "Solo para niños con ciertas enfermedades o que van a viajar; pregunta a tu pediatra si es tu caso.",
  },
  "for-a-condition": {
    en: "Recommended because of a health condition recorded for this child.",
    es: "Recomendada por una enfermedad registrada de este niño.",
  },
  contraindicated: {
    en: "Not advised because of a condition or reaction recorded for this child: ask your doctor.",
    es: "No se aconseja por una enfermedad o reacción registrada de este niño: consulta a tu pediatra.",
  },
} as const satisfies Record<string, Record<VaccinationLanguage, string>>;

export type NoteCode = keyof typeof NOTE_TEXTS;

/** A parentView note in `language`; undefined for a note this version does not know. */
export function noteText(code: string | undefined, language: VaccinationLanguage): string | undefined {
  if (code === undefined || !Object.hasOwn(NOTE_TEXTS, code)) return undefined;
  return NOTE_TEXTS[code as NoteCode][language];
}
