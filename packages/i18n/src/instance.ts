import i18next, { type i18n } from "i18next";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "./languages.ts";
import { DEFAULT_NAMESPACE, NAMESPACES, resources } from "./resources.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: typeof DEFAULT_NAMESPACE;
    resources: (typeof resources)["en"];
  }
}

/**
 * A ready i18next instance speaking `language` (the web app keeps one and switches it; the API makes one per
 * language). The catalogs are bundled, so it is initialised synchronously, with no I/O.
 */
export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources,
    ns: [...NAMESPACES],
    defaultNS: DEFAULT_NAMESPACE,
    initAsync: false,
    // React escapes what it renders, and the API's messages are JSON, not HTML.
    interpolation: { escapeValue: false },
  });
  return instance;
}
