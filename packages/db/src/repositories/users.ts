import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import {
  DEFAULT_NOTIFICATIONS,
  language,
  type UpdateProfileInput,
  type UserProfile,
  userProfile,
} from "@upnest/schemas";
import { conflict, notFound } from "../core/errors.ts";
import { babyMemberKey, keys, prefixes, userMembershipKey, userProfileKey } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { conditionalWrite, getItem, type Step, type Store, send, transact } from "../core/store.ts";
import { versionedUpdate } from "../guards/versions.ts";
import { signInAccount } from "../sign-in/auth-storage.ts";

const fromItem = (item: Record<string, unknown>): UserProfile => userProfile.parse(item);

/** A user's display name from their profile (one Get), for the membership they are about to get. */
export async function profileName(store: Store, userId: string): Promise<string | undefined> {
  const profile = await getItem(store, userProfileKey(userId));
  return userProfile.shape.displayName.safeParse(profile?.displayName).data;
}

/**
 * A renamed user's memberships (both sides of each) take the new name, so the next change they make is recorded
 * under it: one Query of their babies and one small transaction per baby. Each write is conditional on the
 * membership still existing, so a baby left meanwhile is not brought back.
 */
async function renameMemberships(store: Store, userId: string, displayName: string) {
  const babyIds: string[] = [];
  const pages = queryPages(store.db, {
    TableName: store.tableName,
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :baby)",
    ExpressionAttributeValues: { ":pk": keys.user(userId), ":baby": prefixes.memberships },
    ProjectionExpression: "babyId",
    ConsistentRead: true,
  });
  await send(async () => {
    for await (const items of pages) for (const i of items) babyIds.push(String(i.babyId));
  });
  const left = notFound("Membership");
  const rename = (Key: { PK: string; SK: string }): Step => ({
    item: {
      Update: {
        TableName: store.tableName,
        Key,
        UpdateExpression: "SET displayName = :name",
        ConditionExpression: "attribute_exists(PK)",
        ExpressionAttributeValues: { ":name": displayName },
      },
    },
    onConditionFailed: () => left,
  });
  for (const babyId of babyIds) {
    try {
      await transact(store, [rename(userMembershipKey(userId, babyId)), rename(babyMemberKey(babyId, userId))]);
    } catch (error) {
      // Left (or removed from) that baby between the Query and the write: nothing to rename there.
      if (error !== left) throw error;
    }
  }
}

export function usersRepository(store: Store) {
  return {
    /**
     * Access pattern: a user's own profile (Get USER#me / PROFILE), created on first sign-in with the name and
     * language chosen at sign-up (kept with the e-mail → id entry); an account from before names gets its
     * address's local part.
     */
    async getOrCreate(actingUserId: string, email: string): Promise<UserProfile> {
      const existing = await getItem(store, userProfileKey(actingUserId));
      if (existing) return fromItem(existing);
      const account = await send(() => signInAccount(store.db, store.tableName, email));
      // Only a live sign-in gets a profile: a token outliving a deleted account must not bring it back.
      if (account?.userId !== actingUserId) throw notFound("Account");
      const now = store.now().toISOString();
      const profile: UserProfile = {
        userId: actingUserId,
        email,
        displayName:
          userProfile.shape.displayName.safeParse(account.displayName).data ??
          (email.split("@")[0]?.slice(0, 80) || "Parent"),
        units: "metric",
        language: language.safeParse(account.language).data ?? "en",
        timezone: "UTC",
        theme: "system",
        notifications: DEFAULT_NOTIFICATIONS,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      try {
        await conditionalWrite(
          () =>
            store.db.send(
              new PutCommand({
                TableName: store.tableName,
                Item: { ...userProfileKey(actingUserId), type: "user", ...profile },
                ConditionExpression: "attribute_not_exists(PK)",
              }),
            ),
          () => conflict("Profile created concurrently"),
        );
        return profile;
      } catch {
        // Two first requests raced: the other one created it.
        const created = await getItem(store, userProfileKey(actingUserId));
        if (!created) throw notFound("Profile");
        return fromItem(created);
      }
    },

    /** Access pattern: update one's own preferences, conditional on the version the user saw. */
    async update(actingUserId: string, input: UpdateProfileInput): Promise<UserProfile> {
      const { version, ...changes } = input;
      const out = await conditionalWrite(
        () =>
          store.db.send(
            new UpdateCommand({
              TableName: store.tableName,
              Key: userProfileKey(actingUserId),
              ...versionedUpdate(changes, version, store.now().toISOString()),
              ReturnValues: "ALL_NEW",
              ReturnValuesOnConditionCheckFailure: "ALL_OLD",
            }),
          ),
        (old) =>
          old
            ? conflict("Your profile was changed elsewhere. Reload to see the latest and try again.")
            : notFound("Profile"),
      );
      const updated = fromItem(out.Attributes ?? {});
      if (changes.displayName !== undefined) await renameMemberships(store, actingUserId, updated.displayName);
      return updated;
    },
  };
}
export type UsersRepository = ReturnType<typeof usersRepository>;
