import { LANGUAGES } from "@upnest/i18n";
import { language } from "@upnest/schemas";
import { describe, expect, it } from "vitest";

describe("languages", () => {
  it("a profile accepts exactly the languages the catalogs have", () => {
    expect([...language.options].sort()).toEqual([...LANGUAGES].sort());
  });
});
