import { createTable } from "./0001-create-table.ts";
import { copyBabyFacts } from "./0002-copy-baby-facts.ts";
import { locateRecords } from "./0003-locate-records.ts";
import { nameMembers } from "./0004-name-members.ts";
import type { Migration } from "./runner.ts";

/** Every migration, in the order they apply. Append only. */
export const migrations: readonly Migration[] = [createTable, copyBabyFacts, locateRecords, nameMembers];

export type { Migration, MigrationContext } from "./runner.ts";
export { appliedMigrations, migrate, tableExists } from "./runner.ts";
