import { milestoneSource, milestoneText } from "@upnest/milestones";
import { currentLanguage } from "../../i18n/i18n.ts";

/** A checklist milestone's text in the app's language, looked up by its id; one this version does not know reads as the API gives it. */
export const milestoneWords = (milestone: { id: string; text: string }) =>
  milestoneText(milestone.id, currentLanguage()) ?? milestone.text;

/** Where the milestones come from (CDC's checklists) and what a milestone means, in the app's language. */
export const sourceWords = () => milestoneSource(currentLanguage());
