// @upnest/milestones: CDC's developmental milestone checklists (2022 revision)
// in this project's own words, and a child's view of them by age. Pure data and
// functions: no I/O, no clock (the caller passes the age).

export { MILESTONE_SOURCE } from "./source.ts";
export type { MilestoneSource } from "./source.ts";
export { DOMAINS, DOMAIN_ORDER } from "./domains.ts";
export type { Domain } from "./domains.ts";
export { milestones } from "./data.ts";
export type { Milestone } from "./data.ts";
export { CHECKLIST_AGES, DAYS_PER_MONTH, checklistAgeFor, nextChecklistAge, wholeMonths } from "./ages.ts";
export { checklistFor, milestoneById } from "./lookup.ts";
export { milestoneView } from "./view.ts";
export type { ChecklistView, MilestoneStatus, MilestoneView, MilestoneViewInput, MilestoneViewItem } from "./view.ts";
