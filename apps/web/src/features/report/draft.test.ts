import { describe, expect, it } from "vitest";
import { keepQuestions, readQuestions } from "./draft.ts";

const memory = (): Storage => {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
};

describe("the questions' draft", () => {
  it("is kept per baby, and an empty text removes it", () => {
    const storage = memory();
    keepQuestions(storage, "a", "Is she sleeping enough?");
    keepQuestions(storage, "b", "Vitamin D?");
    expect(readQuestions(storage, "a")).toBe("Is she sleeping enough?");
    expect(readQuestions(storage, "b")).toBe("Vitamin D?");
    keepQuestions(storage, "a", "  ");
    expect(readQuestions(storage, "a")).toBe("");
    expect(storage.length).toBe(1);
  });

  it("survives a storage that refuses", () => {
    const refusing = {
      ...memory(),
      setItem: () => {
        throw new Error("full");
      },
      getItem: () => {
        throw new Error("no");
      },
    };
    expect(() => keepQuestions(refusing as Storage, "a", "x")).not.toThrow();
    expect(readQuestions(refusing as Storage, "a")).toBe("");
  });
});
