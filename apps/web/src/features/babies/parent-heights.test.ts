import { babyFields } from "@upnest/schemas";
import { beforeAll, describe, expect, it } from "vitest";
import { i18n } from "../../i18n/i18n.ts";
import { emptyBaby, heightsToSend, valuesToBaby } from "./form-values.ts";
import { formatAdultHeight, heightFromText, heightMessageInUnits, heightToText } from "./parent-heights.ts";

beforeAll(async () => {
  await i18n.changeLanguage("en");
});

describe("a parent's height in the person's units", () => {
  it("reads centimetres, or feet and inches, as cm; blank is not given", () => {
    expect(heightFromText({ cm: "165,5", ft: "", in: "" }, "metric")).toBe(165.5);
    expect(heightFromText({ cm: "", ft: "5", in: "9" }, "imperial")).toBe(175.3);
    expect(heightFromText({ cm: "", ft: "6", in: "" }, "imperial")).toBe(182.9);
    expect(heightFromText({ cm: "", ft: "", in: "" }, "imperial")).toBeUndefined();
    expect(heightFromText({ cm: "tall", ft: "", in: "" }, "metric")).toBeNaN();
  });

  it("shows a stored height to the millimetre, or in feet and tenths of an inch", () => {
    expect(heightToText(176)).toEqual({ cm: "176", ft: "5", in: "9.3" });
    expect(heightToText(undefined)).toEqual({ cm: "", ft: "", in: "" });
    expect(formatAdultHeight(176, "metric")).toBe("176 cm");
    expect(formatAdultHeight(176, "imperial")).toBe("5 ft 9 in");
  });

  it("words the schema's range in feet and inches for someone typing them", () => {
    const message = "A parent's height must be between 100 and 250 cm";
    expect(heightMessageInUnits(message, "metric")).toBe(message);
    expect(heightMessageInUnits(message, "imperial")).toBe(
      "A parent's height must be between 3 ft 3.4 in and 8 ft 2.4 in",
    );
  });
});

describe("the baby form's parents' heights", () => {
  const filled = { ...emptyBaby, name: "Ada", dateOfBirth: "2026-01-10", sex: "female" as const };

  it("are optional, and a height out of range is refused with the schema's message", () => {
    expect(babyFields.safeParse(valuesToBaby(filled)).success).toBe(true);
    const short = babyFields.safeParse(valuesToBaby({ ...filled, motherHeightCm: "16.5" }));
    expect(short.error?.issues[0]?.message).toBe("A parent's height must be between 100 and 250 cm");
    expect(valuesToBaby({ ...filled, fatherHeightFt: "5", fatherHeightIn: "11" }, "imperial").fatherHeightCm).toBe(
      180.3,
    );
  });

  it("an edit keeps a height left as shown exactly, sends a changed one, and clears an emptied one", () => {
    const stored = { motherHeightCm: 170.5, fatherHeightCm: 181 };
    const shown = {
      ...filled,
      motherHeightFt: "5",
      motherHeightIn: "7.1",
      fatherHeightFt: "5",
      fatherHeightIn: "11.3",
    };
    expect(heightsToSend(stored, shown, "imperial")).toEqual({ motherHeightCm: 170.5, fatherHeightCm: 181 });
    expect(heightsToSend(stored, { ...shown, fatherHeightIn: "", fatherHeightFt: "" }, "imperial")).toEqual({
      motherHeightCm: 170.5,
      fatherHeightCm: null,
    });
    expect(heightsToSend(stored, { ...filled, motherHeightCm: "168", fatherHeightCm: "181" }, "metric")).toEqual({
      motherHeightCm: 168,
      fatherHeightCm: 181,
    });
  });
});
