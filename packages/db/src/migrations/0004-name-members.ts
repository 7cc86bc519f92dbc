import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { userProfileKey } from "../core/keys.ts";
import { memberName } from "../guards/access.ts";
import { scanTable } from "../maintenance/backup.ts";
import type { Migration, MigrationContext } from "./runner.ts";

/**
 * Gives every membership item (both sides) written before memberships carried names its member's display name,
 * so the changes they make from now on are recorded under it. Memberships written since this release carry it
 * already, and the API writes an event without a name for one that has none yet (the history then names the
 * author from the member list), so this can run any time after the release is deployed. Each write is
 * conditional on the membership still existing and having no name, so a rename meanwhile is never undone and
 * running it again changes nothing.
 */
export const nameMembers: Migration = {
  id: "0004-name-members",
  description: "copy each member's display name onto their membership items",
  async up(ctx) {
    const names = new Map<string, string | undefined>();
    for await (const item of scanTable(ctx)) {
      const type = item.type?.S;
      if ((type !== "membership" && type !== "member") || item.displayName) continue;
      const userId = item.userId?.S ?? "";
      if (!names.has(userId)) names.set(userId, await profileName(ctx, userId));
      const displayName = names.get(userId);
      if (displayName) await nameOne(ctx, { PK: item.PK?.S ?? "", SK: item.SK?.S ?? "" }, displayName);
    }
  },
};

async function profileName({ db, tableName }: MigrationContext, userId: string) {
  const out = await db.send(
    new GetCommand({ TableName: tableName, Key: userProfileKey(userId), ConsistentRead: true }),
  );
  return memberName(out.Item);
}

async function nameOne({ db, tableName }: MigrationContext, Key: { PK: string; SK: string }, displayName: string) {
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key,
        UpdateExpression: "SET displayName = :name",
        ConditionExpression: "attribute_exists(PK) AND attribute_not_exists(displayName)",
        ExpressionAttributeValues: { ":name": displayName },
      }),
    );
  } catch (error) {
    // Left meanwhile, or named by a rename or a rejoin: nothing to do.
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
