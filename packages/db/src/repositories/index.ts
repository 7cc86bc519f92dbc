import type { DocClient } from "../client.ts";
import { CursorSealer } from "../cursor.ts";
import { babiesRepository } from "./babies.ts";
import { measurementsRepository } from "./measurements.ts";
import type { Store } from "./store.ts";
import { usersRepository } from "./users.ts";

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
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
export type { Page } from "./pagination.ts";
