// A milestone's text and the source's words in a person's language. English is data.ts and source.ts, Spanish
// data-es.ts and source.ts's MILESTONE_SOURCE_ES; the web app looks them up by id in the language it speaks.

import { MILESTONE_TEXTS_ES } from "./data-es.ts";
import { milestoneById } from "./lookup.ts";
import { MILESTONE_SOURCE, MILESTONE_SOURCE_ES, type MilestoneSource } from "./source.ts";

/** The languages the milestones are written in (the same as @upnest/i18n's). */
export const MILESTONE_LANGUAGES = ["en", "es"] as const;
export type MilestoneLanguage = (typeof MILESTONE_LANGUAGES)[number];

/** The milestone's text in `language`, or null for an id this version does not know. */
export function milestoneText(id: string, language: MilestoneLanguage): string | null {
  const milestone = milestoneById(id);
  if (!milestone) return null;
  if (language === "es") return Object.hasOwn(MILESTONE_TEXTS_ES, id) ? (MILESTONE_TEXTS_ES[id] ?? null) : null;
  return milestone.text;
}

/** Where the milestones come from, in `language` (the link and the paper are the same in every language). */
export function milestoneSource(language: MilestoneLanguage): MilestoneSource {
  return language === "es" ? { ...MILESTONE_SOURCE, ...MILESTONE_SOURCE_ES } : MILESTONE_SOURCE;
}
