/** The languages these words are written in (the same as @upnest/i18n's). */
export const VACCINATION_LANGUAGES = ["en", "es"] as const;
export type VaccinationLanguage = (typeof VACCINATION_LANGUAGES)[number];
