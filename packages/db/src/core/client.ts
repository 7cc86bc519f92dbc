import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { dbEnv } from "../env.ts";

export type DbConfig = {
  tableName: string;
  /** Set for DynamoDB Local; absent on AWS, where the SDK finds the endpoint. */
  endpoint?: string;
  region?: string;
};

export type ConsumedCapacity = {
  command: string;
  readUnits: number;
  writeUnits: number;
  capacityUnits: number;
  transactItems?: number;
};

export type ClientOptions = DynamoDBClientConfig & {
  /**
   * Called with the capacity every operation consumed (ReturnConsumedCapacity
   * TOTAL is added to each request): how benchmarks measure cost.
   */
  onConsumedCapacity?: (used: ConsumedCapacity) => void;
};

/** A DocumentClient that drops undefined fields (optional values simply aren't stored). */
export function createDocumentClient(config: DbConfig, { onConsumedCapacity, ...extra }: ClientOptions = {}) {
  const local = config.endpoint !== undefined;
  const client = new DynamoDBClient({
    region: config.region ?? dbEnv.region() ?? "us-east-1",
    ...(local ? { endpoint: config.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
    maxAttempts: 3,
    ...extra,
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  if (onConsumedCapacity) {
    doc.middlewareStack.add(
      (next, context) => async (args) => {
        (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = "TOTAL";
        const result = await next(args);
        const output = result.output as { ConsumedCapacity?: unknown };
        const list = [output.ConsumedCapacity ?? []].flat() as {
          CapacityUnits?: number;
          ReadCapacityUnits?: number;
          WriteCapacityUnits?: number;
        }[];
        const transactItems = (args.input as { TransactItems?: unknown[] }).TransactItems?.length;
        for (const c of list) {
          onConsumedCapacity({
            command: String(context.commandName),
            readUnits: c.ReadCapacityUnits ?? 0,
            writeUnits: c.WriteCapacityUnits ?? 0,
            capacityUnits: c.CapacityUnits ?? 0,
            ...(transactItems ? { transactItems } : {}),
          });
        }
        return result;
      },
      { step: "initialize", name: "consumedCapacity" },
    );
  }
  return doc;
}
export type DocClient = ReturnType<typeof createDocumentClient>;

const WRITE_COMMANDS = [PutCommand, UpdateCommand, DeleteCommand, TransactWriteCommand, BatchWriteCommand];

/**
 * The client as one request sees it: reads are sent at once, every write
 * waits for `gate` and is not sent at all if it rejects (its error is the
 * write's). The API gates a mutation's writes on the rate limiter's counter
 * update, which then runs alongside the mutation's reads instead of before them.
 */
export function gatedClient(db: DocClient, gate: Promise<unknown>): DocClient {
  const send = ((command: object, ...rest: unknown[]) => {
    const sendNow = () => (db.send as (...args: unknown[]) => Promise<unknown>)(command, ...rest);
    return WRITE_COMMANDS.some((write) => command instanceof write) ? gate.then(sendNow) : sendNow();
  }) as DocClient["send"];
  return Object.assign(Object.create(db) as DocClient, { send });
}
