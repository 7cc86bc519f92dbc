import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { babyProfileKey, keys, userMembershipKey } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { factsUpdate } from "../guards/access.ts";
import { versionIs } from "../guards/versions.ts";
import { scanTable } from "../maintenance/backup.ts";
import type { Migration, MigrationContext } from "./runner.ts";

/** Tries per baby before giving up (each retry follows a concurrent edit of that baby). */
const ATTEMPTS = 5;

/**
 * Copies each baby's facts (gestational age and schedule, beside the name,
 * date of birth and sex already there) onto every membership item, marked as
 * complete. Memberships written since this release carry them already; the
 * API reads the profile for any membership without the mark, so this can run
 * any time after the release is deployed. Each copy is conditional on the
 * profile still being the version read, so a concurrent edit is never undone.
 */
export const copyBabyFacts: Migration = {
  id: "0002-copy-baby-facts",
  description: "copy every baby's facts onto its members' membership items",
  async up(ctx) {
    // A maintenance Scan (the backup's), keeping only baby profiles.
    for await (const item of scanTable(ctx)) {
      const babyId = keys.babyIdOf(item.PK?.S ?? "");
      if (babyId && item.SK?.S === keys.profile) await copyForBaby(ctx, babyId);
    }
  },
};

async function copyForBaby({ db, tableName }: MigrationContext, babyId: string) {
  for (let attempt = 1; ; attempt++) {
    const profile = (
      await db.send(new GetCommand({ TableName: tableName, Key: babyProfileKey(babyId), ConsistentRead: true }))
    ).Item;
    if (!profile) return; // deleted meanwhile
    const members: string[] = [];
    const pages = queryPages(db, {
      TableName: tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :member)",
      ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":member": keys.member("") },
      ConsistentRead: true,
    });
    for await (const items of pages) for (const m of items) members.push(String(m.userId));
    try {
      const sameVersion = versionIs(Number(profile.version));
      const facts = factsUpdate(profile);
      for (const userId of members) {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                ConditionCheck: {
                  TableName: tableName,
                  Key: babyProfileKey(babyId),
                  ConditionExpression: sameVersion.ConditionExpression,
                  ExpressionAttributeNames: sameVersion.ExpressionAttributeNames,
                  ExpressionAttributeValues: sameVersion.ExpressionAttributeValues,
                },
              },
              {
                Update: {
                  TableName: tableName,
                  Key: userMembershipKey(userId, babyId),
                  ...facts,
                  ConditionExpression: "attribute_exists(PK)",
                },
              },
            ],
          }),
        );
      }
      return;
    } catch (error) {
      // The profile changed (its new version copied the facts itself) or a member left: read again.
      if (!(error instanceof TransactionCanceledException) || attempt >= ATTEMPTS) throw error;
    }
  }
}
