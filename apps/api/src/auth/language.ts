import { createI18n, type Language, languageFromHeader } from "@upnest/i18n";
import type { i18n } from "i18next";

const instances = new Map<Language, i18n>();
/** One i18next instance per language for the whole process (the catalogs are bundled: no I/O). */
function instanceFor(language: Language): i18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = createI18n(language);
    instances.set(language, instance);
  }
  return instance;
}

/** The texts of the issuer's pages in `language` (packages/i18n, namespace `issuer`). */
export const issuerTexts = (language: Language) => instanceFor(language).getFixedT(language, "issuer");
export type IssuerTexts = ReturnType<typeof issuerTexts>;

/** The texts of the issuer's e-mails in `language` (namespace `mail`). */
export const mailTexts = (language: Language) => instanceFor(language).getFixedT(language, "mail");

/** The language a request's browser asks for (Accept-Language), else English. */
export const requestLanguage = (request: Request) => languageFromHeader(request.headers.get("accept-language"));
