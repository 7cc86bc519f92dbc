import type { Item } from "./items.ts";

/**
 * Sign-in items a backup never carries (README, "Backups and restoring"):
 * signing and encryption keys (from configuration since issue 15; older
 * tables may still hold them), refresh tokens and authorization codes (their
 * key is the bearer secret itself). After a restore everyone signs in again.
 * Password hashes stay: without them no account could be restored.
 */
const SECRET_PARTITIONS = [
  "AUTH#signing:key",
  "AUTH#encryption:key",
  "AUTH#oauth:key",
  "AUTH#oauth:refresh",
  "AUTH#oauth:code",
];

export const isSecretItem = (item: Item): boolean => {
  const pk = item.PK?.S ?? "";
  return SECRET_PARTITIONS.some((prefix) => pk === prefix || pk.startsWith(`${prefix}${String.fromCharCode(31)}`));
};
