import { describe, expect, it } from "vitest";
import { allPages, type Paged } from "./all-pages.ts";

describe("reading every page", () => {
  it("follows each next cursor until there is none, keeping the order", async () => {
    const pages: Record<string, Paged<number>> = {
      first: { items: [5, 4], nextCursor: "b" },
      b: { items: [3, 2], nextCursor: "c" },
      c: { items: [1], nextCursor: null },
    };
    const asked: (string | undefined)[] = [];
    const items = await allPages(async (cursor) => {
      asked.push(cursor);
      return pages[cursor ?? "first"]!;
    });
    expect(items).toEqual([5, 4, 3, 2, 1]);
    expect(asked).toEqual([undefined, "b", "c"]);
  });

  it("reads a single page once, and stops on a cursor it already followed", async () => {
    expect(await allPages(async () => ({ items: ["only"] }))).toEqual(["only"]);
    let calls = 0;
    const looping = await allPages(async () => {
      calls += 1;
      return { items: [calls], nextCursor: "same" };
    });
    expect(looping).toEqual([1, 2]);
  });
});
