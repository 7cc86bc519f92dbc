import { randomUUID } from "node:crypto";
import type { BabyRecordDefinition } from "@upnest/schemas";
import { babyRecordTypes, measurements, vaccinations } from "@upnest/schemas";
import { type DocClient, gatedClient } from "../core/client.ts";
import { CursorSealer } from "../core/cursor.ts";
import type { Store } from "../core/store.ts";
import type { Access } from "../guards/access.ts";
import { latestChange, listAudit } from "../guards/audit.ts";
import { accountRepository } from "./account.ts";
import { apiKeysRepository } from "./api-keys.ts";
import { babiesRepository } from "./babies.ts";
import { calendarFeedsRepository } from "./calendar-feeds.ts";
import { careLogRepository } from "./care-log.ts";
import { importedRecordsRepository } from "./imported-records.ts";
import { invitationsRepository } from "./invitations.ts";
import { membersRepository } from "./members.ts";
import { milestonesRepository } from "./milestones.ts";
import { pushSubscriptionsRepository } from "./push-subscriptions.ts";
import { rateLimiter } from "./rate-limit.ts";
import { type RecordsRepository, recordsRepository } from "./records.ts";
import { reminderScheduleRepository } from "./reminder-schedule.ts";
import { sessionsRepository } from "./sessions.ts";
import { timersRepository } from "./timers.ts";
import { usersRepository } from "./users.ts";

export type RepositoriesConfig = { db: DocClient; tableName: string; cursorSecret: string; now?: () => Date };

/**
 * Every repository over one table. A baby's data is reached only with the `Access` that
 * `babies.access(userId, babyId)` (the membership check) returns; the user's own data by their user id.
 */
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
  const invitations = invitationsRepository(store);
  const members = membersRepository(store);
  const milestones = milestonesRepository(store);
  const byType = new Map<BabyRecordDefinition, unknown>([[milestones.definition, milestones]]);
  /** The repository of any record type, from its registry definition (one per definition). */
  function records<D extends BabyRecordDefinition>(definition: D): RecordsRepository<D> {
    const known = byType.get(definition);
    if (known) return known as RecordsRepository<D>;
    const repository = recordsRepository(store, definition);
    byType.set(definition, repository);
    return repository;
  }
  const careLog = careLogRepository(store, babyRecordTypes);
  return {
    users: usersRepository(store),
    babies,
    records,
    measurements: records(measurements),
    vaccinations: records(vaccinations),
    milestones,
    /** Records from another app's export (Baby Buddy), their ids from their import keys: written once. */
    importedRecords: importedRecordsRepository(store, records),
    careLog,
    timers: timersRepository(store, careLog.timeline),
    caregivers: { ...invitations, ...members },
    account: accountRepository(store, babies, members),
    sessions: sessionsRepository(store),
    rateLimit: rateLimiter(store),
    /** Reminders: a person's devices and calendar feed, and the time-bucketed schedule the job reads. */
    pushSubscriptions: pushSubscriptionsRepository(store),
    calendarFeeds: calendarFeedsRepository(store),
    /** Per-baby API keys for integrations: listed, made and revoked by owners; looked up by a request's secret. */
    apiKeys: apiKeysRepository(store),
    reminderSchedule: reminderScheduleRepository(store),
    audit: {
      list: (access: Access, page: { limit: number; cursor?: string | undefined }) => listAudit(store, access, page),
      latest: (access: Access) => latestChange(store, access),
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
