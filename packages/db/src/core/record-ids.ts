import { createHash, randomInt } from "node:crypto";
import type { BabyRecordDefinition } from "@upnest/schemas";
import { decodeTime, encodeTime, ulid } from "ulid";
import { recordKey } from "./keys.ts";

const DAY_MS = 86_400_000;
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A ULID at `sortMs` whose "random" part starts with the creation time, so records of one date keep the
 * order they were made in (as plain ULIDs did), then 30 random bits.
 */
const idAt = (sortMs: number, createdMs: number) =>
  `${encodeTime(sortMs, 10)}${encodeTime(createdMs, 10)}${Array.from({ length: 6 }, () => CROCKFORD[randomInt(32)]).join("")}`;

/**
 * A record type's ids and the keys they name (decision 0007): a dated type's id is a ULID whose time is
 * the record's date (midnight UTC) or instant, so the id alone names the record's key
 * `<prefix>#<date or instant>#<id>`. An undated type's id is its key.
 */
export function recordIds(definition: BabyRecordDefinition) {
  const { prefix, dated } = definition;

  /** The value that orders a record: its date, or its instant in UTC; none for an undated type. */
  const sortValueOf = (values: Record<string, unknown>): string | undefined => {
    if (dated.by === "none") return undefined;
    const value = String(values[dated.field]);
    return dated.by === "date" ? value : new Date(value).toISOString();
  };
  const timeOf = (id: string) => {
    try {
      return decodeTime(id);
    } catch {
      return undefined;
    }
  };

  /** The record's date (midnight UTC) or instant, in ms: the time part of its id. */
  const sortMsOf = (values: Record<string, unknown>) => {
    const sortValue = sortValueOf(values) ?? "";
    return Date.parse(dated.by === "date" ? `${sortValue}T00:00:00.000Z` : sortValue);
  };

  return {
    sortValueOf,

    /** A new record's id: for a dated type, a ULID at its date or instant (made at `now`). */
    newId(values: Record<string, unknown>, now: Date): string {
      if (dated.by === "none") return definition.naturalId?.(values) ?? ulid(now.getTime());
      return idAt(sortMsOf(values), now.getTime());
    },

    /**
     * An imported record's id: at its date or instant like a new one, the other 80 bits from a hash of the baby, the
     * type and the import key instead of the clock and random bits, so the same row imported into the same baby
     * again has the same id and is found with one Get of the key it names. Dated types only.
     */
    importedId(values: Record<string, unknown>, babyId: string, importKey: string): string {
      if (dated.by === "none") throw new Error(`${definition.kind} records are not imported by key`);
      const hash = createHash("sha256").update(`${babyId}\u0000${definition.recordType}\u0000${importKey}`).digest();
      let bits = 0n;
      for (const byte of hash.subarray(0, 10)) bits = (bits << 8n) | BigInt(byte);
      const rest = Array.from({ length: 16 }, (_, i) => CROCKFORD[Number((bits >> BigInt(75 - 5 * i)) & 31n)]).join("");
      return `${encodeTime(sortMsOf(values), 10)}${rest}`;
    },

    /** Whether an id names its key: a date-ordered type's ids are at midnight UTC (a plain ULID almost never is). */
    namesItsKey(id: string): boolean {
      if (dated.by === "none") return true;
      const time = timeOf(id);
      return time !== undefined && (dated.by !== "date" || time % DAY_MS === 0);
    },

    /** The key an id names. */
    homeKey(babyId: string, id: string) {
      if (dated.by === "none") return recordKey(babyId, prefix, undefined, id);
      const iso = new Date(timeOf(id) ?? 0).toISOString();
      return recordKey(babyId, prefix, dated.by === "date" ? iso.slice(0, 10) : iso, id);
    },
  };
}
