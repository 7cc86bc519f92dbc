import { AUTH_SEPARATOR, SECRET_AUTH_PARTITIONS } from "../core/keys.ts";
import type { Item } from "./items.ts";

/**
 * Sign-in items a backup never carries (README, "Backups and restoring"):
 * signing and encryption keys (from configuration since issue 15; older
 * tables may still hold them), refresh tokens and authorization codes (their
 * key is the bearer secret itself). After a restore everyone signs in again.
 * Password hashes stay: without them no account could be restored.
 */

export const isSecretItem = (item: Item): boolean => {
  const pk = item.PK?.S ?? "";
  return SECRET_AUTH_PARTITIONS.some((prefix) => pk === prefix || pk.startsWith(`${prefix}${AUTH_SEPARATOR}`));
};
