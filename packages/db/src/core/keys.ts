/**
 * Key builders: the only place that knows how items are keyed. Every `PK`/`SK`
 * value and every key prefix a Query uses is built here (docs/architecture.md
 * has the table of items).
 */

/** OpenAuth's key separator in the sign-in storage (U+001F). */
export const AUTH_SEPARATOR = String.fromCharCode(31);

export const keys = {
  user: (userId: string) => `USER#${userId}`,
  baby: (babyId: string) => `BABY#${babyId}`,
  /** The baby id in a baby partition's key; undefined for any other partition. */
  babyIdOf: (pk: string) => (pk.startsWith("BABY#") ? pk.slice("BABY#".length) : undefined),
  profile: "PROFILE",
  babyMembership: (babyId: string) => `BABY#${babyId}`,
  member: (userId: string) => `MEMBER#${userId}`,
};

/** Sort-key prefixes a Query reads with `begins_with`. */
export const prefixes = {
  /** The user side of memberships, in USER#<userId>. */
  memberships: "BABY#",
  /** The baby side of memberships, in BABY#<babyId>. */
  members: "MEMBER#",
  invitations: "INVITE#",
  audit: "AUDIT#",
  sessions: "SESSION#",
  /** A user's Web Push subscriptions, in USER#<userId>. */
  pushSubscriptions: "PUSH#",
  /** A baby's API keys, in BABY#<babyId>. */
  apiKeys: "APIKEY#",
  /** Where a baby's reminders are in the schedule, in BABY#<babyId> (so deleting the baby finds them). */
  reminderPointers: "REMKEY#",
  /** A record type's items, in BABY#<babyId>: `<prefix>#…`. */
  records: (recordPrefix: string) => `${recordPrefix}#`,
} as const;

export const userProfileKey = (userId: string) => ({ PK: keys.user(userId), SK: keys.profile });
export const babyProfileKey = (babyId: string) => ({ PK: keys.baby(babyId), SK: keys.profile });
/** An idempotency record lives in the user's own partition, so deleting an account finds it. */
export const idempotencyKey = (userId: string, key: string) => ({ PK: keys.user(userId), SK: `IDEMP#${key}` });
/** The membership as the user sees it (lists "my babies"). */
export const userMembershipKey = (userId: string, babyId: string) => ({
  PK: keys.user(userId),
  SK: keys.babyMembership(babyId),
});
/** The same membership as the baby sees it (lists caregivers). */
export const babyMemberKey = (babyId: string, userId: string) => ({ PK: keys.baby(babyId), SK: keys.member(userId) });

/**
 * A record of a baby: `<prefix>#<sort value>#<id>` (a date or a UTC instant orders a dated type's records),
 * or `<prefix>#<id>` for an undated type. See docs/decisions/0007-ids-carry-their-key.md.
 */
export const recordKey = (babyId: string, recordPrefix: string, sortValue: string | undefined, id: string) => ({
  PK: keys.baby(babyId),
  SK: sortValue === undefined ? `${recordPrefix}#${id}` : `${recordPrefix}#${sortValue}#${id}`,
});
/**
 * A running timer of one kind ("feeding"), at most one per kind per baby: on its timeline, after every instant
 * (`CARE#TIMER#feeding` sorts after `CARE#2026-…`), so the Query that reads today's entries up to the end of the
 * timeline brings the running timers with them.
 */
export const timerKey = (babyId: string, timeline: string, kind: string) => ({
  PK: keys.baby(babyId),
  SK: `${timeline}#TIMER#${kind}`,
});
export const timersPrefix = (timeline: string) => `${timeline}#TIMER#`;
/** The end of a timeline's range: past every instant and every timer. */
export const timelineEnd = (timeline: string) => `${timeline}#~`;

/** Where a dated record is when it is not at the key its id names (its date was edited, or it predates 0007). */
export const locatorKey = (babyId: string, recordPrefix: string, id: string) => ({
  PK: keys.baby(babyId),
  SK: `LOC#${recordPrefix}#${id}`,
});

/** An audit event: its time and id are in the key, newest last. */
export const auditKey = (babyId: string, at: string, eventId: string) => ({
  PK: keys.baby(babyId),
  SK: `${prefixes.audit}${at}#${eventId}`,
});
/** The time and event id back from an audit event's sort key. */
export const auditKeyParts = (sk: string) => {
  const [, at = "", eventId = ""] = sk.split("#");
  return { at, eventId };
};

/** An invitation by its secret's hash (what a link's holder presents) ... */
export const invitationByTokenKey = (tokenHash: string) => ({ PK: `INVITE#${tokenHash}`, SK: "INVITE" });
/** ... and the same invitation in its baby's partition (what owners list and cancel). */
export const babyInvitationKey = (babyId: string, invitationId: string) => ({
  PK: keys.baby(babyId),
  SK: `${prefixes.invitations}${invitationId}`,
});

/**
 * Reminders (docs/architecture.md, "Reminders"). A device's Web Push subscription, in its person's partition, by
 * the SHA-256 of its endpoint (so subscribing again from the same browser is the same item).
 */
export const pushSubscriptionKey = (userId: string, endpointHash: string) => ({
  PK: keys.user(userId),
  SK: `${prefixes.pushSubscriptions}${endpointHash}`,
});
/** The person's calendar feed as they see it (its secret, so the settings can show the URL again) ... */
export const userCalendarFeedKey = (userId: string) => ({ PK: keys.user(userId), SK: "CALFEED" });
/** ... and the feed by its secret's hash: what a calendar app's request is looked up by. */
export const calendarFeedByHashKey = (secretHash: string) => ({ PK: `CALFEED#${secretHash}`, SK: "CALFEED" });
/**
 * The reminder schedule, bucketed by the UTC hour a reminder is to be sent (`2026-12-01T09`): the job Queries the
 * due hours' partitions, never Scans. The sort key orders a bucket by time; a reminder deferred for one person
 * (quiet hours) names them last.
 */
export const reminderBucket = (at: string) => `REMIND#${at.slice(0, 13)}`;
export const reminderKey = (at: string, babyId: string, reminderId: string, onlyFor?: string) => ({
  PK: reminderBucket(at),
  SK: `${at}#${babyId}#${reminderId}${onlyFor ? `#${onlyFor}` : ""}`,
});
/** A baby's pointer to one of its schedule items, in its own partition: deleting the baby deletes what it points at. */
export const reminderPointerKey = (babyId: string, at: string, reminderId: string, onlyFor?: string) => ({
  PK: keys.baby(babyId),
  SK: `${prefixes.reminderPointers}${at}#${reminderId}${onlyFor ? `#${onlyFor}` : ""}`,
});
/** The bucket's items due at or before `at` (sort keys start with their ISO time; `~` sorts after `#`). */
export const reminderDueUntil = (at: string) => `${at}~`;
/**
 * A reminder delivered (or being delivered) to one person on one channel, in the baby's partition so deleting the
 * baby deletes it; `expiresAt` removes it once no job could retry its reminder.
 */
export const reminderDeliveryKey = (babyId: string, reminderId: string, userId: string, channel: string) => ({
  PK: keys.baby(babyId),
  SK: `SENT#${reminderId}#${userId}#${channel}`,
});

/**
 * An API key for integrations (docs/architecture.md, "API keys"): the key as its baby's owners list it (name, scope,
 * its secret's hash, last use, revocation), in the baby's partition, so deleting the baby deletes it ...
 */
export const apiKeyKey = (babyId: string, keyId: string) => ({
  PK: keys.baby(babyId),
  SK: `${prefixes.apiKeys}${keyId}`,
});
/** ... and the key by its secret's SHA-256 (→ baby and key id): what a request's `Authorization` is looked up by. */
export const apiKeyByHashKey = (secretHash: string) => ({ PK: `APIKEY#${secretHash}`, SK: "APIKEY" });

/** A rate-limit window's counter; `who` is a hash of the limited subject, not the user id. */
export const rateKey = (who: string, windowStart: number) => ({ PK: `RATE#${who}`, SK: String(windowStart) });
export const RATE_PREFIX = "RATE#";

/** An applied migration. */
export const MIGRATION_PARTITION = "MIGRATION";
export const migrationKey = (id: string) => ({ PK: MIGRATION_PARTITION, SK: id });

/** OpenAuth's storage keys: two parts are (PK, SK); more join the first two as the PK. */
export const authKey = (key: string[]) =>
  key.length === 2
    ? { PK: `AUTH#${key[0]}`, SK: key[1] ?? "" }
    : { PK: `AUTH#${key.slice(0, 2).join(AUTH_SEPARATOR)}`, SK: key.slice(2).join(AUTH_SEPARATOR) };
/** Where a scan of OpenAuth's storage by key prefix reads: the first two parts name the partition. */
export const authScanKey = (prefix: string[]) => ({
  PK: `AUTH#${prefix.slice(0, 2).join(AUTH_SEPARATOR)}`,
  skPrefix: prefix.slice(2).join(AUTH_SEPARATOR),
});
/** The storage key parts back from an item's keys. */
export const authKeyParts = (item: Record<string, unknown>) => [
  ...String(item.PK).slice("AUTH#".length).split(AUTH_SEPARATOR),
  ...String(item.SK).split(AUTH_SEPARATOR),
];
/** The e-mail → user id map. */
export const userIdByEmailKey = (email: string) => ({ PK: "AUTH#user-id", SK: email });
/** OpenAuth's items for one e-mail address (its password hash and subject). */
export const emailAuthKey = (email: string, sk: "password" | "subject") => ({
  PK: `AUTH#email${AUTH_SEPARATOR}${email}`,
  SK: sk,
});
/** The partition of a user's refresh tokens (OpenAuth files them under `user:<id>`). */
export const refreshTokensPartition = (userId: string) => `AUTH#oauth:refresh${AUTH_SEPARATOR}user:${userId}`;
/** Sign-in partitions that hold secrets: never in a backup. */
export const SECRET_AUTH_PARTITIONS = [
  "AUTH#signing:key",
  "AUTH#encryption:key",
  "AUTH#oauth:key",
  "AUTH#oauth:refresh",
  "AUTH#oauth:code",
] as const;

/**
 * The partitions each Lambda may touch, as IAM `dynamodb:LeadingKeys`
 * patterns (StringLike: `*` any run, `?` one character, here the sign-in
 * storage's key separator U+001F). infra/ turns these into the roles'
 * conditions; a new partition prefix must be added here or its requests are
 * refused on AWS. What the API may do to each sign-in partition is narrower
 * than its app access: see infra/config.ts.
 */
export const partitionPatterns = {
  /** The issuer: OpenAuth's storage, the e-mail → user id map, its attempt counters and the sessions. */
  issuer: ["AUTH#*", "ATTEMPT#*", "SESSION#*"],
  /** The API's own data: users, babies, invitations and API keys by secret hash, rate-limit counters; and the sessions it lists and ends. */
  app: ["USER#*", "BABY#*", "INVITE#*", "RATE#*", "SESSION#*", "CALFEED#*", "REMIND#*", "APIKEY#*"],
  /** The reminders job: babies and their members' profiles and devices, the schedule, the calendar feeds it never reads. */
  reminders: ["USER#*", "BABY#*", "REMIND#*"],
  /** Sign-in partitions the API needs for account deletion (`deleteIdentity`) and the profile's e-mail check. */
  apiSignIn: {
    userIds: "AUTH#user-id",
    emails: "AUTH#email?*",
    refreshTokens: "AUTH#oauth:refresh?*",
  },
} as const;
/**
 * A sign-in attempt counter (wrong passwords, code tries, code e-mails sent). The subject (an e-mail address,
 * a client address, a code's id) is hashed by the repository; `slot` is a time window or "COUNT".
 */
export const attemptKey = (kind: string, subjectHash: string, slot: string) => ({
  PK: `ATTEMPT#${kind}#${subjectHash}`,
  SK: slot,
});
/**
 * One sign-in (a refresh-token family), in a partition of the user's sessions: the issuer writes these
 * and the API lists and ends them, so both roles reach `SESSION#` and the issuer none of `USER#`.
 * Deleting the account deletes the partition (repositories/account.ts).
 */
export const sessionKey = (userId: string, sessionId: string) => ({
  PK: `SESSION#${userId}`,
  SK: `SESSION#${sessionId}`,
});
export const SESSION_PREFIX = prefixes.sessions;
