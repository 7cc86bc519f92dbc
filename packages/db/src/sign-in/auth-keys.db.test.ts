import { beforeAll, describe, expect, inject, it } from "vitest";
import { createTestTable, dumpTable, type TestTable } from "../testing/index.ts";
import { type StoredKey, withConfiguredKeys } from "./auth-keys.ts";
import { type AuthStorage, authStorage } from "./auth-storage.ts";

const key = (id: string, created: number): StoredKey => ({
  id,
  alg: "ES256",
  publicKey: `public ${id}`,
  privateKey: `private ${id}`,
  created,
});
const material = { signing: [key("s2", 2), key("s1", 1)], encryption: [key("e1", 1)] };
let table: TestTable;
let storage: AuthStorage;
const collect = async (it: AsyncIterable<[string[], unknown]>) => {
  const out: [string[], unknown][] = [];
  for await (const entry of it) out.push(entry);
  return out;
};

beforeAll(async () => {
  table = await createTestTable(inject("dynamoEndpoint"));
  storage = withConfiguredKeys(authStorage(table.db, table.tableName), material);
});

describe("the issuer's storage with configured keys", () => {
  it("answers key scans and reads from the configuration, in its order", async () => {
    expect(await collect(storage.scan(["signing:key"]))).toEqual([
      [["signing:key", "s2"], material.signing[0]],
      [["signing:key", "s1"], material.signing[1]],
    ]);
    expect(await collect(storage.scan(["encryption:key"]))).toEqual([
      [["encryption:key", "e1"], material.encryption[0]],
    ]);
    expect(await collect(storage.scan(["oauth:key"]))).toEqual([]);
    expect(await storage.get(["signing:key", "s1"])).toEqual(material.signing[1]);
  });

  it("refuses to store or delete a key, and the table stays without one", async () => {
    const before = await dumpTable(table);
    for (const prefix of ["signing:key", "encryption:key", "oauth:key"]) {
      await expect(storage.set([prefix, "new"], key("new", 3))).rejects.toThrow(/refusing to store/);
      await expect(storage.remove([prefix, "s1"])).rejects.toThrow(/refusing to delete/);
    }
    expect(await dumpTable(table)).toEqual(before);
  });

  it("passes everything else through to the table", async () => {
    await storage.set(["email", "a@example.com", "password"], { hash: "h" });
    expect(await storage.get(["email", "a@example.com", "password"])).toEqual({ hash: "h" });
    expect(await collect(storage.scan(["email", "a@example.com"]))).toHaveLength(1);
    await storage.remove(["email", "a@example.com", "password"]);
    expect(await storage.get(["email", "a@example.com", "password"])).toBeUndefined();
  });

  it("will not start without a signing and an encryption key", () => {
    const db = authStorage(table.db, table.tableName);
    expect(() => withConfiguredKeys(db, { signing: [], encryption: material.encryption })).toThrow(/signing key/);
    expect(() => withConfiguredKeys(db, { signing: material.signing, encryption: [] })).toThrow(/encryption key/);
  });
});
