import type { Language } from "./languages.ts";
import { account as enAccount } from "./locales/en/account.ts";
import { babies as enBabies } from "./locales/en/babies.ts";
import { care as enCare } from "./locales/en/care.ts";
import { common as enCommon } from "./locales/en/common.ts";
import { csv as enCsv } from "./locales/en/csv.ts";
import { errors as enErrors } from "./locales/en/errors.ts";
import { family as enFamily } from "./locales/en/family.ts";
import { feedback as enFeedback } from "./locales/en/feedback.ts";
import { growth as enGrowth } from "./locales/en/growth.ts";
import { health as enHealth } from "./locales/en/health.ts";
import { imports as enImports } from "./locales/en/imports.ts";
import { integrations as enIntegrations } from "./locales/en/integrations.ts";
import { issuer as enIssuer } from "./locales/en/issuer.ts";
import { mail as enMail } from "./locales/en/mail.ts";
import { milestones as enMilestones } from "./locales/en/milestones.ts";
import { reminders as enReminders } from "./locales/en/reminders.ts";
import { report as enReport } from "./locales/en/report.ts";
import { settings as enSettings } from "./locales/en/settings.ts";
import { shell as enShell } from "./locales/en/shell.ts";
import { vaccineImport as enVaccineImport } from "./locales/en/vaccine-import.ts";
import { vaccines as enVaccines } from "./locales/en/vaccines.ts";
import { validation as enValidation } from "./locales/en/validation.ts";
import { account as esAccount } from "./locales/es/account.ts";
import { babies as esBabies } from "./locales/es/babies.ts";
import { care as esCare } from "./locales/es/care.ts";
import { common as esCommon } from "./locales/es/common.ts";
import { csv as esCsv } from "./locales/es/csv.ts";
import { errors as esErrors } from "./locales/es/errors.ts";
import { family as esFamily } from "./locales/es/family.ts";
import { feedback as esFeedback } from "./locales/es/feedback.ts";
import { growth as esGrowth } from "./locales/es/growth.ts";
import { health as esHealth } from "./locales/es/health.ts";
import { imports as esImports } from "./locales/es/imports.ts";
import { integrations as esIntegrations } from "./locales/es/integrations.ts";
import { issuer as esIssuer } from "./locales/es/issuer.ts";
import { mail as esMail } from "./locales/es/mail.ts";
import { milestones as esMilestones } from "./locales/es/milestones.ts";
import { reminders as esReminders } from "./locales/es/reminders.ts";
import { report as esReport } from "./locales/es/report.ts";
import { settings as esSettings } from "./locales/es/settings.ts";
import { shell as esShell } from "./locales/es/shell.ts";
import { vaccineImport as esVaccineImport } from "./locales/es/vaccine-import.ts";
import { vaccines as esVaccines } from "./locales/es/vaccines.ts";
import { validation as esValidation } from "./locales/es/validation.ts";

/**
 * Every text a person reads, by language and namespace (one file per namespace per language under
 * `locales/`). Each Spanish file is typed as its English one, so a key missing or extra in either fails to compile;
 * src/catalogs.test.ts also checks that no text is empty and both use the same {{variables}}.
 */
export const resources = {
  en: {
    common: enCommon,
    issuer: enIssuer,
    mail: enMail,
    settings: enSettings,
    babies: enBabies,
    growth: enGrowth,
    vaccines: enVaccines,
    milestones: enMilestones,
    family: enFamily,
    account: enAccount,
    validation: enValidation,
    feedback: enFeedback,
    shell: enShell,
    csv: enCsv,
    errors: enErrors,
    care: enCare,
    report: enReport,
    reminders: enReminders,
    health: enHealth,
    imports: enImports,
    "vaccine-import": enVaccineImport,
    integrations: enIntegrations,
  },
  es: {
    common: esCommon,
    issuer: esIssuer,
    mail: esMail,
    settings: esSettings,
    babies: esBabies,
    growth: esGrowth,
    vaccines: esVaccines,
    milestones: esMilestones,
    family: esFamily,
    account: esAccount,
    validation: esValidation,
    feedback: esFeedback,
    shell: esShell,
    csv: esCsv,
    errors: esErrors,
    care: esCare,
    report: esReport,
    reminders: esReminders,
    health: esHealth,
    imports: esImports,
    "vaccine-import": esVaccineImport,
    integrations: esIntegrations,
  },
} satisfies Record<Language, Record<string, unknown>>;

export type Namespace = keyof (typeof resources)["en"];
/** The namespaces, the default (common) first: `t("key")` is common's, `t("growth:key")` another's. */
export const NAMESPACES = [
  "common",
  "settings",
  "issuer",
  "mail",
  "babies",
  "growth",
  "vaccines",
  "milestones",
  "family",
  "account",
  "validation",
  "feedback",
  "shell",
  "csv",
  "errors",
  "care",
  "health",
  "reminders",
  "report",
  "imports",
  "vaccine-import",
  "integrations",
] as const satisfies readonly Namespace[];
export const DEFAULT_NAMESPACE = "common" satisfies Namespace;
