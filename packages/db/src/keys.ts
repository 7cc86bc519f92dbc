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
/** One sign-in (a refresh-token family) in the user's own partition, so deleting the account removes it. */
export const sessionKey = (userId: string, sessionId: string) => ({
  PK: keys.user(userId),
  SK: `SESSION#${sessionId}`,
});
export const SESSION_PREFIX = "SESSION#";
