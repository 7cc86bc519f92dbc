export { authStorage, type AuthStorage, deleteIdentity, lookupUserId, userIdForEmail } from "./auth-storage.ts";
export { type ClientOptions, type ConsumedCapacity, createDocumentClient, type DbConfig, type DocClient } from "./client.ts";
export { CursorSealer } from "./cursor.ts";
export { DomainError, type DomainErrorKind } from "./errors.ts";
export { migrate, migrations, type Migration } from "./migrations/index.ts";
export { type Access, type BabyFacts } from "./repositories/access.ts";
export { allPages, createRepositories, type Page, type Repositories } from "./repositories/index.ts";
export { RateLimited, type RateLimit } from "./repositories/rate-limit.ts";
export { createTableInput, tableDefinition } from "./table.ts";
