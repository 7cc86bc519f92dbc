import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from "@aws-sdk/client-dynamodb";
import { createTableInput, tableDefinition } from "../core/table.ts";
import type { Migration } from "./runner.ts";

/** Creates the table from the shared definition and turns on TTL. On AWS, SST creates the table; this then only confirms TTL. */
export const createTable: Migration = {
  id: "0001-create-table",
  description: "create the table with its indexes, stream and TTL",
  async up({ db, tableName }) {
    try {
      await db.send(new CreateTableCommand(createTableInput(tableName)));
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    await waitUntilTableExists({ client: db, maxWaitTime: 60 }, { TableName: tableName });
    const ttl = await db.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
    const status = ttl.TimeToLiveDescription?.TimeToLiveStatus;
    if (status !== "ENABLED" && status !== "ENABLING") {
      await db.send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: tableDefinition.ttlAttribute, Enabled: true },
        }),
      );
    }
  },
};
