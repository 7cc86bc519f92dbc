/**
 * The one definition of UpNest's table: keys, indexes, TTL and stream. Local
 * table creation, migrations and (later) sst.config.ts all read it from here.
 *
 * Items (see docs/architecture.md):
 *   USER#<userId>  PROFILE                 user profile
 *   USER#<userId>  BABY#<babyId>           membership, user side (role + copy of the baby's facts)
 *   BABY#<babyId>  PROFILE                 baby profile
 *   BABY#<babyId>  MEMBER#<userId>         membership, baby side
 *   BABY#<babyId>  MEAS#<date>#<id>        measurement, sorted by date
 *   USER#<userId>  IDEMP#<key>             idempotency record (expiresAt)
 *   BABY#<babyId>  VAX#<date>#<id>         vaccination dose
 *   BABY#<babyId>  LOC#<prefix>#<id>       where a moved or older dated record is (decision 0007)
 *   BABY#<babyId>  MILE#<milestoneId>      milestone reached
 *   BABY#<babyId>  AUDIT#<time>#<id>       audit event
 *   BABY#<babyId>  INVITE#<id>             pending invitation (expiresAt)
 *   INVITE#<hash>  INVITE                  invitation by its secret's hash (expiresAt)
 *   AUTH#…         …                       sign-in storage (password hashes, refresh tokens; keys come from configuration)
 *   MIGRATION      <id>                    applied migration
 */
export const tableDefinition = {
  partitionKey: "PK",
  sortKey: "SK",
  /**
   * Local secondary index `byRecordId`: sort key `RID` = `<TYPE>#<recordId>`.
   * Records written before decision 0004 carry `RID`; new ones do not, and
   * nothing queries the index any more (a record's id names its key, decision
   * 0007). It stays because an LSI cannot be removed from an existing table.
   */
  indexes: {
    byRecordId: { name: "byRecordId", sortKey: "RID", projection: "KEYS_ONLY" },
  },
  ttlAttribute: "expiresAt",
  stream: "NEW_AND_OLD_IMAGES",
  billing: "PAY_PER_REQUEST",
} as const;

export type TableKey = { PK: string; SK: string };

/** Parameters for CreateTable, shared by the first migration and tests. */
export function createTableInput(tableName: string) {
  const { partitionKey, sortKey, indexes, stream, billing } = tableDefinition;
  return {
    TableName: tableName,
    BillingMode: billing,
    AttributeDefinitions: [
      { AttributeName: partitionKey, AttributeType: "S" as const },
      { AttributeName: sortKey, AttributeType: "S" as const },
      { AttributeName: indexes.byRecordId.sortKey, AttributeType: "S" as const },
    ],
    KeySchema: [
      { AttributeName: partitionKey, KeyType: "HASH" as const },
      { AttributeName: sortKey, KeyType: "RANGE" as const },
    ],
    LocalSecondaryIndexes: [
      {
        IndexName: indexes.byRecordId.name,
        KeySchema: [
          { AttributeName: partitionKey, KeyType: "HASH" as const },
          { AttributeName: indexes.byRecordId.sortKey, KeyType: "RANGE" as const },
        ],
        Projection: { ProjectionType: indexes.byRecordId.projection },
      },
    ],
    StreamSpecification: { StreamEnabled: true, StreamViewType: stream },
  };
}
