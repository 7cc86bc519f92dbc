export { type IssuerKeyMaterial, KeyStorageRefused, type StoredKey, withConfiguredKeys } from "./auth-keys.ts";
export { type AuthStorage, authStorage, deleteIdentity, lookupUserId, userIdForEmail } from "./auth-storage.ts";
export {
  type ClientOptions,
  type ConsumedCapacity,
  createDocumentClient,
  type DbConfig,
  type DocClient,
} from "./client.ts";
export { CursorSealer } from "./cursor.ts";
export { DomainError, type DomainErrorKind } from "./errors.ts";
export { sessionKey } from "./keys.ts";
export { type Migration, migrate, migrations } from "./migrations/index.ts";
export type { Access, BabyFacts } from "./repositories/access.ts";
export { type AttemptCounters, attemptCounters, type Failures } from "./repositories/attempts.ts";
export { allPages, createRepositories, createSessions, type Page, type Repositories } from "./repositories/index.ts";
export { type RateLimit, RateLimited } from "./repositories/rate-limit.ts";
export {
  SESSION_IDLE_SECONDS,
  SESSION_LIFETIME_SECONDS,
  type SessionsRepository,
} from "./repositories/sessions.ts";
export { createTableInput, tableDefinition } from "./table.ts";
