import { describe, expect, it } from "vitest";
import { importBabyBuddy, modelOfFile } from "./import.ts";
import type { BabyBuddyImportInput } from "./types.ts";

// Rows written by hand in Baby Buddy's column layout: what each kind of bad row is reported with.

const base: Omit<BabyBuddyImportInput, "files"> = {
  units: { weight: "kg", length: "cm", temperature: "C", volume: "ml" },
  timeZone: "Europe/London",
};
const run = (files: Record<string, string>) => importBabyBuddy({ ...base, files });
/** The report as a person reads it in English: file, line and reason (each row also has its code, tried below). */
const words = (result: ReturnType<typeof run>) =>
  result.report.map(({ file, line, reason }) => ({ file, line, reason }));

describe("rows that cannot become UpNest records", () => {
  it("reports each with its file, line and reason, and keeps nothing of it", () => {
    const result = run({
      "feeding.csv": [
        "child_id,start,end,type,method,amount,notes",
        "1,2024-05-01 08:00:00,2024-05-01 08:10:00,formula,bottle,90,",
        "1,yesterday,2024-05-01 08:10:00,formula,bottle,90,",
        "1,2024-05-01 09:00:00,2024-05-01 09:10:00,formula,bottle,lots,",
        "1,2024-05-01 10:00:00,2024-05-01 10:20:00,solid food,parent fed,,",
        ",2024-05-01 11:00:00,2024-05-01 11:10:00,formula,bottle,90,",
      ].join("\n"),
      "diaperchange.csv":
        "child_id,time,wet,solid,color,amount\n1,2024-05-01 08:00:00,0,0,,\n1,2024-05-01 09:00:00,1,0,purple,\n",
      "sleep.csv": "child_id,start,end,notes\n1,2024-05-01 08:00:00,2024-05-01 07:00:00,\n",
    });
    expect(result.children[0]?.records.feedings).toHaveLength(1);
    expect(result.children[0]?.records.diapers).toHaveLength(0);
    expect(words(result)).toEqual([
      { file: "feeding.csv", line: 3, reason: 'The start "yesterday" is not a date and time' },
      { file: "feeding.csv", line: 4, reason: 'The amount "lots" is not a number' },
      {
        file: "feeding.csv",
        line: 5,
        reason: "A solid food feed without the foods eaten: UpNest records at least one food",
      },
      { file: "feeding.csv", line: 6, reason: "The row names no child" },
      { file: "sleep.csv", line: 2, reason: "The end must be after the start" },
      { file: "diaperchange.csv", line: 2, reason: "A change that was neither wet nor solid" },
      { file: "diaperchange.csv", line: 3, reason: 'The colour "purple" is not one UpNest knows' },
    ]);
    // The same reasons as codes with the row's own values, for an app to word in its person's language.
    expect(result.report.map((r) => [r.code, r.values])).toEqual([
      ["notDateTime", { column: "start", value: "yesterday" }],
      ["notNumber", { column: "amount", value: "lots" }],
      ["solidFood", {}],
      ["noChild", {}],
      ["invalid", { message: "The end must be after the start" }],
      ["neitherWetNorSolid", {}],
      ["colour", { value: "purple" }],
    ]);
  });

  it("reports a row of a child child.csv does not list", () => {
    const result = run({
      "child.csv": "id,first_name,last_name,birth_date\n7,Ada,Lovelace,2024-01-02\n",
      "note.csv": "child_id,note,time\n7,First smile,2024-03-01 10:00:00\n8,Someone else,2024-03-01 10:00:00\n",
    });
    expect(result.children.map((c) => [c.sourceId, c.records.careNotes.length])).toEqual([["7", 1]]);
    expect(words(result)).toEqual([{ file: "note.csv", line: 3, reason: "No child 8 in child.csv" }]);
  });

  it("reports a file that is not one of Baby Buddy's, and a row repeated in a file", () => {
    const result = run({
      "notes.txt": "hello",
      "note.csv": "child_id,note,time\n1,Same,2024-03-01 10:00:00\n1,Same,2024-03-01 10:00:00\n",
    });
    expect(words(result)).toEqual([
      { file: "notes.txt", line: 0, reason: "Not one of Baby Buddy's export files" },
      { file: "note.csv", line: 3, reason: "The same row as line 2" },
    ]);
  });

  it("refuses a time zone that is not one", () => {
    expect(() => importBabyBuddy({ ...base, timeZone: "Mars/Olympus", files: {} })).toThrow(
      '"Mars/Olympus" is not a time zone',
    );
  });
});

describe("rows Baby Buddy's newer exports write", () => {
  it("takes a sleep's nap column when there is one, else calls a sleep from 19:00 to 05:59 the night's", () => {
    const result = run({
      "sleep.csv": [
        "child_id,start,end,nap,notes",
        "1,2024-05-01 13:00:00,2024-05-01 14:00:00,False,",
        "1,2024-05-01 20:00:00,2024-05-02 05:00:00,True,",
      ].join("\n"),
    });
    expect(result.children[0]?.records.sleeps.map((s) => s.values.kind)).toEqual(["night", "nap"]);
    const older = run({
      "sleep.csv":
        "child_id,start,end\n1,2024-05-01 13:00:00,2024-05-01 14:00:00\n1,2024-05-01 20:00:00,2024-05-02 05:00:00\n",
    });
    expect(older.children[0]?.records.sleeps.map((s) => s.values.kind)).toEqual(["nap", "night"]);
  });

  it("keeps a medication's name, time and dose", () => {
    const result = run({
      "medication.csv": [
        "child_id,time,name,dosage,dosage_unit,notes",
        "1,2024-05-01 08:00:00,Paracetamol,2.5,ml,after fever",
        "1,2024-05-01 09:00:00,Vitamin D,1,spoonful,",
      ].join("\n"),
    });
    expect(result.children[0]?.records.medicineDoses.map((d) => d.values)).toEqual([
      {
        givenAt: "2024-05-01T07:00:00.000Z",
        timeZone: "Europe/London",
        name: "Paracetamol",
        amount: 2.5,
        unit: "ml",
        notes: "after fever",
      },
    ]);
    expect(result.report[0]?.reason).toMatch(/^The dosage unit "spoonful" is not one of ml, mg/);
  });

  it("knows a model from the export's file names", () => {
    expect(modelOfFile("DiaperChange-2024-05-01.csv")).toBe("diaperchange");
    expect(modelOfFile("export/headcircumference.csv")).toBe("headcircumference");
    expect(modelOfFile("photos.csv")).toBeUndefined();
  });
});
