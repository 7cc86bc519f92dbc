import { createI18n, isLanguage, type Language, pickLanguage } from "@upnest/i18n";

const browserLanguages = () => (typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]));

/**
 * The app's one i18next instance. Until the profile says otherwise (i18n/language-sync.tsx), it speaks the first
 * of the browser's languages UpNest has, else English; `<html lang>` follows it.
 */
export const i18n = createI18n(pickLanguage(browserLanguages()));

const followLanguage = (language: string) => {
  if (typeof document !== "undefined") document.documentElement.lang = language;
};
followLanguage(i18n.language);
i18n.on("languageChanged", followLanguage);

/** The language to speak: the profile's, else the browser's, else English. */
export const chooseLanguage = (profileLanguage: string | undefined) =>
  pickLanguage([profileLanguage, ...browserLanguages()]);

/** The language the app speaks now. */
export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : "en");

/** A text from the catalogs in the current language, for helpers outside components ("ns:key"). */
export const t = i18n.t.bind(i18n);
