import type { Language } from "./languages.ts";
import { common as enCommon } from "./locales/en/common.ts";
import { feedback as enFeedback } from "./locales/en/feedback.ts";
import { settings as enSettings } from "./locales/en/settings.ts";
import { shell as enShell } from "./locales/en/shell.ts";
import { common as esCommon } from "./locales/es/common.ts";
import { feedback as esFeedback } from "./locales/es/feedback.ts";
import { settings as esSettings } from "./locales/es/settings.ts";
import { shell as esShell } from "./locales/es/shell.ts";

/**
 * Every text a person reads, by language and namespace (one file per namespace per language under
 * `locales/`). Each Spanish file is typed as its English one, so a key missing or extra in either fails to compile;
 * src/catalogs.test.ts also checks that no text is empty and both use the same {{variables}}.
 */
export const resources = {
  en: { common: enCommon, settings: enSettings, feedback: enFeedback, shell: enShell },
  es: { common: esCommon, settings: esSettings, feedback: esFeedback, shell: esShell },
} satisfies Record<Language, Record<string, unknown>>;

export type Namespace = keyof (typeof resources)["en"];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
export const DEFAULT_NAMESPACE = "common" satisfies Namespace;
