import { tableDefinition } from "../packages/db/src/core/table.ts";
import type { TableGrant } from "./config.ts";
import { infraEnv } from "./env.ts";

/**
 * The app table from packages/db's one definition, so AWS and DynamoDB Local
 * cannot drift. sst.aws.Dynamo turns point-in-time recovery on by itself; the
 * transform states it anyway and adds KMS encryption (AWS-managed key, no
 * monthly key fee), so the infra test can check both on the resource.
 */
export function createTable(production: boolean) {
  // After a point-in-time restore (README, "Restoring from a backup"), the stage uses the restored table as it is.
  const restored = infraEnv.restoredTable();
  if (restored) return sst.aws.Dynamo.get("Table", restored);
  const { partitionKey, sortKey, indexes, ttlAttribute, stream } = tableDefinition;
  const lsi = indexes.byRecordId;
  return new sst.aws.Dynamo("Table", {
    fields: { [partitionKey]: "string", [sortKey]: "string", [lsi.sortKey]: "string" },
    primaryIndex: { hashKey: partitionKey, rangeKey: sortKey },
    localIndexes: {
      [lsi.name]: { rangeKey: lsi.sortKey, projection: lsi.projection === "KEYS_ONLY" ? "keys-only" : "all" },
    },
    stream: stream === "NEW_AND_OLD_IMAGES" ? "new-and-old-images" : stream === "NEW_IMAGE" ? "new-image" : "keys-only",
    ttl: ttlAttribute,
    // Production also gets `removal: "retain"` (sst.config.ts), which keeps the table when the stage is removed.
    deletionProtection: production,
    transform: {
      table: (args) => {
        args.pointInTimeRecovery = { enabled: true };
        args.serverSideEncryption = { enabled: true };
      },
    },
  });
}

/**
 * A link that carries the table name and only the given actions, each on the
 * partitions its grant names (`dynamodb:LeadingKeys`), on the table alone.
 */
export function tableAccess(name: string, table: sst.aws.Dynamo, grants: TableGrant[]) {
  return new sst.Linkable(name, {
    properties: { name: table.name },
    include: grants.map((grant) =>
      sst.aws.permission({
        actions: grant.actions,
        resources: [table.arn],
        conditions: [
          { test: "ForAllValues:StringLike", variable: "dynamodb:LeadingKeys", values: [...grant.leadingKeys] },
        ],
      }),
    ),
  });
}
