/**
 * Entry for apps that load only some vaccine groups' data:
 *   import { assessWith } from '@upnest/immunizations/core';
 *   import { antigen as measles } from '@upnest/immunizations/antigens/measles';
 */
export { assessWith } from './assess.ts';
export { ImmunizationInputError } from './errors.ts';
export { parentView, type ParentStatus, type ParentView } from './parent-view.ts';
export type { AntigenData } from './data/types.ts';
export type * from './types.ts';
