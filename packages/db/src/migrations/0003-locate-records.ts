import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { babyRecordTypes } from "@upnest/schemas";
import { keys, locatorKey } from "../core/keys.ts";
import { recordIds } from "../core/record-ids.ts";
import { scanTable } from "../maintenance/backup.ts";
import type { Migration } from "./runner.ts";

/**
 * Gives every dated record that is not at the key its id names a locator (decision 0007): the records
 * stored before ids carried their date (plain ULIDs, decision 0004, some with `RID`), so each is found by
 * id with Gets instead of a Query over all of its type. Each locator is written only while its record is
 * still where the scan saw it and no locator exists yet (a move since then wrote its own), so the
 * migration can run again, or beside the API, without undoing anything.
 */
export const locateRecords: Migration = {
  id: "0003-locate-records",
  description: "give records stored before their ids named their keys a locator",
  async up({ db, tableName }) {
    const dated = babyRecordTypes.filter((d) => d.dated.by !== "none");
    const byType = new Map(dated.map((d) => [d.recordType, { definition: d, ids: recordIds(d) }]));
    for await (const item of scanTable({ db, tableName })) {
      const pk = item.PK?.S ?? "";
      const sk = item.SK?.S ?? "";
      const babyId = keys.babyIdOf(pk);
      const type = byType.get(item.type?.S ?? "");
      if (!babyId || !type) continue;
      const id = item[type.definition.idField]?.S ?? "";
      if (!id || (type.ids.namesItsKey(id) && type.ids.homeKey(babyId, id).SK === sk)) continue;
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                ConditionCheck: {
                  TableName: tableName,
                  Key: { PK: pk, SK: sk },
                  ConditionExpression: "attribute_exists(PK)",
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: { ...locatorKey(babyId, type.definition.prefix, id), type: "locator", at: sk },
                  ConditionExpression: "attribute_not_exists(PK)",
                },
              },
            ],
          }),
        );
      } catch (error) {
        // Deleted or moved meanwhile, or located already: nothing to do.
        if (!(error instanceof TransactionCanceledException)) throw error;
      }
    }
  },
};
