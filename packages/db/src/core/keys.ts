/** Key builders: the only place that knows how items are keyed. */
export const keys = {
  user: (userId: string) => `USER#${userId}`,
  baby: (babyId: string) => `BABY#${babyId}`,
  /** The baby id in a baby partition's key; undefined for any other partition. */
  babyIdOf: (pk: string) => (pk.startsWith("BABY#") ? pk.slice("BABY#".length) : undefined),
  profile: "PROFILE",
  babyMembership: (babyId: string) => `BABY#${babyId}`,
  member: (userId: string) => `MEMBER#${userId}`,
};

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
  /** The API's own data: users, babies, invitations by secret hash, rate-limit counters; and the sessions it lists and ends. */
  app: ["USER#*", "BABY#*", "INVITE#*", "RATE#*", "SESSION#*"],
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
export const SESSION_PREFIX = "SESSION#";
