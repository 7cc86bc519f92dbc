import { randomUUID } from "node:crypto";
import { type DocClient, gatedClient } from "../core/client.ts";
import { CursorSealer } from "../core/cursor.ts";
import { accountRepository } from "./account.ts";
import { listAudit } from "../guards/audit.ts";
import { babiesRepository } from "./babies.ts";
import { caregiversRepository } from "./caregivers.ts";
import { measurementsRepository } from "./measurements.ts";
import { milestonesRepository } from "./milestones.ts";
import { rateLimiter } from "./rate-limit.ts";
import { sessionsRepository } from "./sessions.ts";
import type { Store } from "../core/store.ts";
import { usersRepository } from "./users.ts";
import { vaccinationsRepository } from "./vaccinations.ts";

export type RepositoriesConfig = { db: DocClient; tableName: string; cursorSecret: string; now?: () => Date };

/** Every repository over one table. The acting user is the first argument of each method. */
export function createRepositories(config: RepositoriesConfig) {
  return repositoriesOver({
    db: config.db,
    tableName: config.tableName,
    cursors: new CursorSealer(config.cursorSecret),
    now: config.now ?? (() => new Date()),
  });
}

function repositoriesOf(store: Store) {
  const babies = babiesRepository(store);
  const caregivers = caregiversRepository(store);
  return {
    users: usersRepository(store),
    babies,
    measurements: measurementsRepository(store),
    vaccinations: vaccinationsRepository(store),
    milestones: milestonesRepository(store),
    caregivers,
    account: accountRepository(store, babies, caregivers),
    sessions: sessionsRepository(store),
    rateLimit: rateLimiter(store),
    audit: {
      list: (actingUserId: string, babyId: string, page: { limit: number; cursor?: string | undefined }) =>
        listAudit(store, actingUserId, babyId, page),
    },
  };
}

export type Repositories = ReturnType<typeof repositoriesOf> & {
  /**
   * The same repositories for one request whose writes must wait for `gate`
   * (the rate limiter's verdict) and are refused if it rejects: the request's
   * reads need not wait for it. See `gatedClient`.
   */
  gatedBy: (gate: Promise<unknown>) => Repositories;
};

function repositoriesOver(store: Store): Repositories {
  return {
    ...repositoriesOf(store),
    gatedBy: (gate) => repositoriesOver({ ...store, db: gatedClient(store.db, gate) }),
  };
}

/** Only the sign-in sessions, for the issuer (which keeps no cursors). */
export function createSessions(config: Omit<RepositoriesConfig, "cursorSecret">) {
  return sessionsRepository({
    ...config,
    cursors: new CursorSealer(randomUUID() + randomUUID()),
    now: config.now ?? (() => new Date()),
  });
}

export type { AuditEvent } from "../guards/audit.ts";
export { allPages, type Page } from "../guards/pagination.ts";
