import { createI18n, isLanguage, type Language, pickLanguage } from "@upnest/i18n";

/**
 * The app's one i18next instance. Until the profile says otherwise (i18n/language-sync.tsx), it speaks the first
 * of the browser's languages UpNest has, else English; `<html lang>` follows it.
 */
export const i18n = createI18n(pickLanguage(navigator.languages ?? [navigator.language]));

const followLanguage = (language: string) => {
  document.documentElement.lang = language;
};
followLanguage(i18n.language);
i18n.on("languageChanged", followLanguage);

/** The language the app speaks now. */
export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : "en");
