import type { DocClient } from "../client.ts";
import { CursorSealer } from "../cursor.ts";
import { listAudit } from "./audit.ts";
import { babiesRepository } from "./babies.ts";
import { caregiversRepository } from "./caregivers.ts";
import { measurementsRepository } from "./measurements.ts";
import type { Store } from "./store.ts";
import { usersRepository } from "./users.ts";
import { vaccinationsRepository } from "./vaccinations.ts";

export type RepositoriesConfig = { db: DocClient; tableName: string; cursorSecret: string; now?: () => Date };

/** Every repository over one table. The acting user is the first argument of each method. */
export function createRepositories(config: RepositoriesConfig) {
  const store: Store = {
    db: config.db,
    tableName: config.tableName,
    cursors: new CursorSealer(config.cursorSecret),
    now: config.now ?? (() => new Date()),
  };
  return {
    users: usersRepository(store),
    babies: babiesRepository(store),
    measurements: measurementsRepository(store),
    vaccinations: vaccinationsRepository(store),
    caregivers: caregiversRepository(store),
    audit: { list: (actingUserId: string, babyId: string, page: { limit: number; cursor?: string | undefined }) => listAudit(store, actingUserId, babyId, page) },
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
export type { AuditEvent } from "./audit.ts";
export type { Page } from "./pagination.ts";
