import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export type DbConfig = {
  tableName: string;
  /** Set for DynamoDB Local; absent on AWS, where the SDK finds the endpoint. */
  endpoint?: string;
  region?: string;
};

/** A DocumentClient that drops undefined fields (optional values simply aren't stored). */
export function createDocumentClient(config: DbConfig, extra: DynamoDBClientConfig = {}) {
  const local = config.endpoint !== undefined;
  const client = new DynamoDBClient({
    region: config.region ?? process.env.AWS_REGION ?? "us-east-1",
    ...(local
      ? { endpoint: config.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
    maxAttempts: 3,
    ...extra,
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
export type DocClient = ReturnType<typeof createDocumentClient>;
