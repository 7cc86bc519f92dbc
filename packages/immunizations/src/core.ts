/**
 * Entry for apps that load only some vaccine groups' data:
 *   import { assessWith } from '@upnest/immunizations/core';
 *   import { antigen as measles } from '@upnest/immunizations/antigens/measles';
 */
export { assessWith } from "./assess.ts";
export type { AntigenData } from "./data/types.ts";
export { ImmunizationInputError } from "./errors.ts";
export { nextVisits, type Visit } from "./next-visits.ts";
export {
  type ParentContext,
  type ParentNote,
  type ParentStatus,
  type ParentStatusForChild,
  type ParentView,
  type ParentViewForChild,
  parentView,
} from "./parent-view.ts";
export type * from "./types.ts";
