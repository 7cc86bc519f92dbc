// @upnest/milestones: CDC's developmental milestone checklists (2022 revision)
// in this project's own words, and a child's view of them by age. Pure data and
// functions: no I/O, no clock (the caller passes the age).

export { CHECKLIST_AGES, checklistAgeFor, DAYS_PER_MONTH, nextChecklistAge, wholeMonths } from "./ages.ts";
export type { Milestone } from "./data.ts";
export { milestones } from "./data.ts";
export type { Domain } from "./domains.ts";
export { DOMAIN_ORDER, DOMAINS } from "./domains.ts";
export { checklistFor, milestoneById } from "./lookup.ts";
export type { MilestoneSource } from "./source.ts";
export { MILESTONE_SOURCE, MILESTONE_SOURCE_ES } from "./source.ts";
export { MILESTONE_LANGUAGES, type MilestoneLanguage, milestoneSource, milestoneText } from "./texts.ts";
export type { ChecklistView, MilestoneStatus, MilestoneView, MilestoneViewInput, MilestoneViewItem } from "./view.ts";
export { milestoneView } from "./view.ts";
