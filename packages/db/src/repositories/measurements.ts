import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import {
  type AddMeasurementInput,
  type ListMeasurementsInput,
  type Measurement,
  measurement,
  type UpdateMeasurementInput,
} from "@upnest/schemas";
import { ulid } from "ulid";
import { conflict, invalid, notFound } from "../errors.ts";
import { babyProfileKey, keys } from "../keys.ts";
import { tableDefinition } from "../table.ts";
import { memberCondition, requireMember } from "./access.ts";
import { idempotencyStep, once } from "./idempotency.ts";
import { type Page, queryPage } from "./pagination.ts";
import { getItem, send, type Step, type Store, transact } from "./store.ts";

/** Sorted by date, then by creation: two measurements on one day are two items. */
const sortKey = (measuredOn: string, measurementId: string) => `MEAS#${measuredOn}#${measurementId}`;
const recordId = (measurementId: string) => `MEAS#${measurementId}`;

const staleMeasurement = (old: Record<string, unknown> | undefined) =>
  old ? conflict("This measurement was changed by someone else. Reload to see the latest and try again.") : notFound("Measurement");

type Values = Omit<AddMeasurementInput, "babyId" | "idempotencyKey">;

export function measurementsRepository(store: Store) {
  const { tableName } = store;

  /** A measurement cannot predate the baby: checked here, where the date of birth is known. */
  async function checkDate(babyId: string, measuredOn: string) {
    const profile = await getItem(store, babyProfileKey(babyId));
    if (!profile) throw notFound("Baby");
    if (measuredOn < String(profile.dateOfBirth)) {
      throw invalid("measuredOn", `Date measured cannot be before the date of birth (${String(profile.dateOfBirth)})`);
    }
  }

  /** Access pattern: a measurement's key from its id (LSI byRecordId, consistent). */
  async function findItem(babyId: string, measurementId: string) {
    const out = await send(() =>
      store.db.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: tableDefinition.indexes.byRecordId.name,
          KeyConditionExpression: "PK = :pk AND RID = :rid",
          ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":rid": recordId(measurementId) },
          ConsistentRead: true,
        }),
      ),
    );
    const key = out.Items?.[0];
    const item = key ? await getItem(store, { PK: String(key.PK), SK: String(key.SK) }) : undefined;
    if (!item) throw notFound("Measurement");
    return item;
  }

  function toItem(babyId: string, measurementId: string, values: Values, meta: { createdBy: string; createdAt: string; updatedAt: string; version: number }) {
    // A "lying/standing" choice without a length means nothing; keep the record clean.
    const lengthMethod = values.lengthCm === undefined ? undefined : values.lengthMethod;
    return {
      PK: keys.baby(babyId),
      SK: sortKey(values.measuredOn, measurementId),
      RID: recordId(measurementId),
      type: "measurement",
      measurementId,
      babyId,
      ...values,
      lengthMethod,
      ...meta,
    };
  }

  async function get(actingUserId: string, ref: { babyId: string; measurementId: string }): Promise<Measurement> {
    await requireMember(store, actingUserId, ref.babyId);
    return measurement.parse(await findItem(ref.babyId, ref.measurementId));
  }

  return {
    get,

    /** Access pattern 4: a write to a baby, with the writer's membership as a condition of the same transaction. */
    async add(actingUserId: string, input: AddMeasurementInput): Promise<Measurement> {
      const { babyId, idempotencyKey, ...values } = input;
      await requireMember(store, actingUserId, babyId);
      await checkDate(babyId, values.measuredOn);
      const measurementId = ulid();
      const now = store.now().toISOString();
      const item = toItem(babyId, measurementId, values, { createdBy: actingUserId, createdAt: now, updatedAt: now, version: 1 });
      const steps: Step[] = [
        memberCondition(store, actingUserId, babyId),
        { item: { Put: { TableName: tableName, Item: item, ConditionExpression: "attribute_not_exists(PK)" } } },
      ];
      if (!idempotencyKey) {
        await transact(store, steps);
        return measurement.parse(item);
      }
      return once(
        input,
        async () => {
          await transact(store, [...steps, idempotencyStep(store, actingUserId, idempotencyKey, input, measurementId)]);
          return measurement.parse(item);
        },
        (firstId) => get(actingUserId, { babyId, measurementId: firstId }),
      );
    },

    /** Access pattern 3: a baby's measurements in a date range, newest first. */
    async list(actingUserId: string, input: ListMeasurementsInput & { limit: number }): Promise<Page<Measurement>> {
      const { babyId, from, to, limit, cursor } = input;
      await requireMember(store, actingUserId, babyId);
      return queryPage(
        store,
        actingUserId,
        `measurements|${babyId}|${from ?? ""}|${to ?? ""}`,
        {
          KeyConditionExpression: "PK = :pk AND SK BETWEEN :from AND :to",
          ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":from": `MEAS#${from ?? ""}`, ":to": `MEAS#${to ?? ""}~` },
          ScanIndexForward: false,
          ConsistentRead: true,
        },
        { limit, cursor },
        (item) => measurement.parse(item),
      );
    },

    /** Replaces a measurement's values, conditional on the version the user saw. A new date moves the item. */
    async update(actingUserId: string, input: UpdateMeasurementInput): Promise<Measurement> {
      const { babyId, measurementId, version, ...values } = input;
      await requireMember(store, actingUserId, babyId);
      await checkDate(babyId, values.measuredOn);
      const old = measurement.parse(await findItem(babyId, measurementId));
      const meta = { createdBy: old.createdBy, createdAt: old.createdAt, updatedAt: store.now().toISOString(), version: version + 1 };
      const item = toItem(babyId, measurementId, values, meta);
      const versionIs = { ConditionExpression: "attribute_exists(PK) AND #version = :version", ExpressionAttributeNames: { "#version": "version" }, ExpressionAttributeValues: { ":version": version }, ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const };
      const oldKey = { PK: keys.baby(babyId), SK: sortKey(old.measuredOn, measurementId) };
      const steps: Step[] =
        oldKey.SK === item.SK
          ? [{ item: { Put: { TableName: tableName, Item: item, ...versionIs } }, onConditionFailed: staleMeasurement }]
          : [
              { item: { Delete: { TableName: tableName, Key: oldKey, ...versionIs } }, onConditionFailed: staleMeasurement },
              { item: { Put: { TableName: tableName, Item: item, ConditionExpression: "attribute_not_exists(PK)" } } },
            ];
      await transact(store, [memberCondition(store, actingUserId, babyId), ...steps]);
      return measurement.parse(item);
    },

    async remove(actingUserId: string, input: { babyId: string; measurementId: string; version: number }): Promise<void> {
      const { babyId, measurementId, version } = input;
      await requireMember(store, actingUserId, babyId);
      const old = await findItem(babyId, measurementId);
      await transact(store, [
        memberCondition(store, actingUserId, babyId),
        {
          item: {
            Delete: {
              TableName: tableName,
              Key: { PK: String(old.PK), SK: String(old.SK) },
              ConditionExpression: "attribute_exists(PK) AND #version = :version",
              ExpressionAttributeNames: { "#version": "version" },
              ExpressionAttributeValues: { ":version": version },
              ReturnValuesOnConditionCheckFailure: "ALL_OLD",
            },
          },
          onConditionFailed: staleMeasurement,
        },
      ]);
    },
  };
}
export type MeasurementsRepository = ReturnType<typeof measurementsRepository>;
