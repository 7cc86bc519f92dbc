/**
 * Cost per active user per month, from what the API's DynamoDB client
 * reported as consumed and from the size of a realistic year of data.
 * Prices: on-demand, us-east-1 list prices given in the "evidence" issue.
 */
import { createDocumentClient, createRepositories, lookupUserId, migrate, migrations } from "@upnest/db";
import { startMailedIssuer } from "../../apps/api/src/testing/mailed-issuer.ts";
import { signUp } from "../../apps/api/src/testing/sign-up.ts";
import { type AttributeValue, raw } from "./sdk.ts";
import { CURSOR_SECRET } from "./stack.ts";

export const PRICES = {
  readPerMillion: 0.125,
  writePerMillion: 0.625,
  storageGbMonth: 0.25,
  pitrGbMonth: 0.2,
  lambdaPerMillion: 0.2,
  lambdaGbSecond: 0.0000133334,
  lambdaMemoryGb: 1,
  logsPerGb: 0.5,
};
const GB = 1024 ** 3;

const numberSize = (n: string) => {
  // 1 byte per two significant digits, plus 1 (DynamoDB's item size rules).
  const digits = n.replace(/^-/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "") || "0";
  return Math.ceil(digits.length / 2) + 1;
};

/** Bytes DynamoDB counts for a value (its name is counted by the caller). */
export function valueSize(v: AttributeValue): number {
  if (v.S !== undefined) return Buffer.byteLength(v.S);
  if (v.N !== undefined) return numberSize(v.N);
  if (v.B !== undefined) return v.B.length;
  if (v.BOOL !== undefined || v.NULL !== undefined) return 1;
  if (v.SS) return v.SS.reduce((s: number, x: string) => s + Buffer.byteLength(x), 0);
  if (v.NS) return v.NS.reduce((s: number, x: string) => s + numberSize(x), 0);
  if (v.BS) return v.BS.reduce((s: number, x: Uint8Array) => s + x.length, 0);
  if (v.L) return 3 + v.L.reduce((s, x) => s + valueSize(x) + 1, 0);
  if (v.M) return 3 + Object.entries(v.M).reduce((s, [k, x]) => s + Buffer.byteLength(k) + valueSize(x) + 1, 0);
  return 0;
}

/** Stored bytes of an item: names + values, 100 bytes of per-item index overhead, and its LSI entry (keys + RID + 100) if it has one. */
export function storedBytes(item: Record<string, AttributeValue>) {
  const attr = (name: string) => (item[name] ? Buffer.byteLength(name) + valueSize(item[name]) : 0);
  const base = Object.keys(item).reduce((s, name) => s + attr(name), 0) + 100;
  const lsi = item.RID ? attr("PK") + attr("SK") + attr("RID") + 100 : 0;
  return base + lsi;
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/**
 * One family's first year in its own table, written through the issuer and the
 * repositories as the app would: two parents signed up, 1 baby, 60
 * measurements (a few corrected), 25 vaccination doses, 40 milestones, and
 * the audit events all of that leaves. Returns the items and their stored bytes.
 */
export async function yearOfData(endpoint: string) {
  const tableName = "upnest-bench-year";
  const db = createDocumentClient({ tableName, endpoint });
  await migrate({ db, tableName }, migrations);
  const issuer = await startMailedIssuer({ db, tableName });
  const { inbox } = issuer;
  const repos = createRepositories({ db, tableName, cursorSecret: CURSOR_SECRET });
  const ids: string[] = [];
  for (const email of ["parent-one@example.com", "parent-two@example.com"]) {
    await signUp(issuer.url, inbox, email);
    const { userId } = await repos.users.getOrCreate((await lookupUserId(db, tableName, email)) ?? "", email);
    ids.push(userId);
  }
  await issuer.close();
  const [owner, partner] = ids as [string, string];
  const baby = await repos.babies.create(owner, {
    name: "Robin",
    dateOfBirth: daysAgo(365),
    sex: "female",
    vaccinationSchedule: "cdc",
  });
  const invite = await repos.caregivers.invite(owner, { babyId: baby.babyId, role: "caregiver", validForHours: 48 });
  await repos.caregivers.accept(partner, invite.token);
  for (let m = 0; m < 60; m++) {
    const age = 365 - m * 6;
    const added = await repos.measurements.add(m % 3 ? owner : partner, {
      babyId: baby.babyId,
      measuredOn: daysAgo(age),
      weightKg: Math.round((3.3 + (365 - age) * 0.017) * 1000) / 1000,
      lengthCm: Math.round((50 + (365 - age) * 0.07) * 10) / 10,
      lengthMethod: "lying",
      headCircumferenceCm: Math.round((35 + (365 - age) * 0.027) * 10) / 10,
      ...(m % 10 === 0 ? { notes: "Check-up at the clinic, all fine" } : {}),
    });
    if (m % 12 === 0)
      await repos.measurements.update(owner, {
        babyId: baby.babyId,
        measurementId: added.measurementId,
        version: 1,
        measuredOn: added.measuredOn,
        weightKg: (added.weightKg ?? 4) + 0.05,
        lengthCm: added.lengthCm,
        lengthMethod: "lying",
        headCircumferenceCm: added.headCircumferenceCm,
      });
  }
  const cvx = [
    "08",
    "20",
    "10",
    "49",
    "133",
    "116",
    "08",
    "20",
    "10",
    "49",
    "133",
    "116",
    "20",
    "10",
    "49",
    "133",
    "140",
    "03",
    "21",
    "83",
    "140",
    "20",
    "49",
    "133",
    "83",
  ];
  for (const [d, code] of cvx.entries())
    await repos.vaccinations.add(owner, {
      babyId: baby.babyId,
      dateGiven: daysAgo(365 - d * 14),
      cvx: code,
      lotNumber: `LOT${1000 + d}`,
      clinic: "Riverside Family Clinic",
    });
  for (let k = 0; k < 40; k++)
    await repos.milestones.mark(k % 2 ? owner : partner, {
      babyId: baby.babyId,
      milestoneId: `m${2 + Math.floor(k / 8) * 2}-milestone-${k}`,
      achievedOn: daysAgo(330 - k * 8),
    });
  const items: Record<string, AttributeValue>[] = [];
  let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await db.send(new raw.ScanCommand({ TableName: tableName, ExclusiveStartKey }));
    items.push(...(page.Items ?? []).filter((i) => i.PK?.S !== "MIGRATION"));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  const byType: Record<string, { items: number; bytes: number }> = {};
  for (const item of items) {
    const type = item.type?.S ?? String(item.PK?.S).split("#")[0]?.toLowerCase() ?? "other";
    byType[type] ??= { items: 0, bytes: 0 };
    byType[type].items++;
    byType[type].bytes += storedBytes(item);
  }
  return { items: items.length, bytes: Object.values(byType).reduce((s, t) => s + t.bytes, 0), byType };
}

export type Usage = { readUnits: number; writeUnits: number };

/** Dollars per active user per month; `family` = the year's bytes, attributed whole to one active user (conservative). */
export function monthlyCost(input: {
  reads: Usage;
  writes: Usage;
  requests: number;
  storageBytes: number;
  lambdaBilledMs: number;
  logBytesPerRequest: number;
}) {
  const readUnits = input.reads.readUnits + input.writes.readUnits;
  const writeUnits = input.reads.writeUnits + input.writes.writeUnits;
  const readCost = (readUnits * PRICES.readPerMillion) / 1e6;
  const writeCost = (writeUnits * PRICES.writePerMillion) / 1e6;
  const requestsCost = readCost + writeCost;
  const storageCost = (input.storageBytes / GB) * PRICES.storageGbMonth;
  const pitrCost = (input.storageBytes / GB) * PRICES.pitrGbMonth;
  const dynamo = requestsCost + storageCost + pitrCost;
  const lambdaRequests = (input.requests * PRICES.lambdaPerMillion) / 1e6;
  const lambdaDuration = input.requests * (input.lambdaBilledMs / 1000) * PRICES.lambdaMemoryGb * PRICES.lambdaGbSecond;
  const logs = ((input.requests * input.logBytesPerRequest) / GB) * PRICES.logsPerGb;
  return {
    readUnits,
    writeUnits,
    readCost,
    writeCost,
    requestsCost,
    storageCost,
    pitrCost,
    dynamo,
    lambdaRequests,
    lambdaDuration,
    logs,
    fullStack: dynamo + lambdaRequests + lambdaDuration + logs,
  };
}
