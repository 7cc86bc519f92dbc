export {
  type ClientOptions,
  type ConsumedCapacity,
  createDocumentClient,
  type DbConfig,
  type DocClient,
} from "./core/client.ts";
export { CursorSealer } from "./core/cursor.ts";
export { DomainError, type DomainErrorKind } from "./core/errors.ts";
export { sessionKey } from "./core/keys.ts";
export { createTableInput, tableDefinition } from "./core/table.ts";
export { type Access, type BabyFacts, requireRole } from "./guards/access.ts";
export { type Migration, migrate, migrations } from "./migrations/index.ts";
export type { ApiKeyPrincipal } from "./repositories/api-keys.ts";
export type { CareLogRepository, TimelineEntry } from "./repositories/care-log.ts";
export type { ImportedRecordInput, ImportOutcome } from "./repositories/imported-records.ts";
export { allPages, createRepositories, createSessions, type Page, type Repositories } from "./repositories/index.ts";
export { MAX_PUSH_SUBSCRIPTIONS, type PushSubscription } from "./repositories/push-subscriptions.ts";
export { type RateLimit, RateLimited } from "./repositories/rate-limit.ts";
export { type ListQuery, MAX_RECORDS_AT_ONCE, type RecordsRepository } from "./repositories/records.ts";
export type { PlannedReminder, ScheduledReminder } from "./repositories/reminder-schedule.ts";
export {
  SESSION_IDLE_SECONDS,
  SESSION_LIFETIME_SECONDS,
  type SessionsRepository,
} from "./repositories/sessions.ts";
export { type AttemptCounters, attemptCounters, type Failures } from "./sign-in/attempts.ts";
export { type IssuerKeyMaterial, KeyStorageRefused, type StoredKey, withConfiguredKeys } from "./sign-in/auth-keys.ts";
export { type AuthStorage, authStorage, deleteIdentity, lookupUserId, userIdForEmail } from "./sign-in/auth-storage.ts";
