import { describe, expect, it } from "vitest";
import { nextIndex } from "./chart-points.tsx";

describe("moving between a chart's points with the keyboard", () => {
  it.each([
    ["ArrowRight", 1, 2],
    ["ArrowDown", 1, 2],
    ["ArrowLeft", 1, 0],
    ["ArrowUp", 1, 0],
    ["Home", 3, 0],
    ["End", 0, 4],
    ["ArrowRight", 4, 4],
    ["ArrowLeft", 0, 0],
  ])("%s from point %i goes to point %i of 5", (key, from, to) => {
    expect(nextIndex(key, from, 5)).toBe(to);
  });

  it("other keys leave the focus where it is", () => {
    expect(nextIndex("Tab", 2, 5)).toBeNull();
    expect(nextIndex("a", 2, 5)).toBeNull();
  });
});
