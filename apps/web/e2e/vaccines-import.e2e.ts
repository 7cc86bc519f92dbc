// Adding doses from a SMART Health Card on the vaccines page, with the specification's own example card (two
// COVID-19 doses in 2021) and its example issuer, trusted by this test's back end only (the shipped trust list
// never has it). The QR picture is drawn here from the example's `shc:/` text with a QR encoder (the spec ships
// the text); the app reads it with its own decoder, the server verifies it. The doses show as New, are added, and
// then read as Already recorded while the page's status counts them; the same card as a .smart-health-card file
// adds nothing; a card from an issuer not on the list is shown as unverified; a card in three QR codes asks for
// the next until all are read. Screenshots at 390 px, light and dark.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  chunkedQr,
  exampleFile,
  exampleIssuer,
  exampleQr,
  immunizationCard,
  testIssuer,
} from "@upnest/health-cards/testing";
import type { Page } from "playwright-core";
import QRCode from "qrcode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

const SHOTS = `${WEB_DIR}screenshots/vaccines-import`;
let e2e: E2E;
let page: Page;
let babyId: string;
let cameraDir: string;

/** A QR code's segments as SMART Health Cards print them: "shc:/" in byte mode, then the digits in numeric mode. */
const segmentsOf = (text: string) => {
  const [, prefix = "", digits = ""] = /^(shc:\/(?:\d+\/\d+\/)?)(\d+)$/.exec(text) ?? [];
  return [
    { data: Buffer.from(prefix), mode: "byte" as const },
    { data: digits, mode: "numeric" as const },
  ];
};
const qrPicture = (text: string): Promise<Buffer> =>
  QRCode.toBuffer(segmentsOf(text), { errorCorrectionLevel: "L", margin: 4, scale: 4 });

/**
 * A video of the QR code for Chromium's fake camera: uncompressed Y4M (4:2:0), a few identical frames, which
 * Chromium plays in a loop as the camera's picture.
 */
function qrVideo(text: string, side = 480): Buffer {
  const { modules } = QRCode.create(segmentsOf(text), { errorCorrectionLevel: "L" });
  const quiet = 4;
  const scale = Math.floor(side / (modules.size + 2 * quiet));
  const luma = Buffer.alloc(side * side, 255);
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) {
        const at = ((row + quiet) * scale + y) * side + (col + quiet) * scale;
        luma.fill(0, at, at + scale);
      }
    }
  const chroma = Buffer.alloc((side / 2) * (side / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${side} H${side} F5:1 Ip A1:1 C420jpeg\n`), ...Array(5).fill(frame)]);
}

async function shotBoth(name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true, animations: "disabled" });
    await e2e.axe(page, `vaccines import ${name} ${scheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

const panel = () => page.getByRole("region", { name: "Add doses from a health card or clinic file" });
const cardDoses = () => panel().getByRole("list", { name: "Doses" }).getByRole("listitem");
const upload = (name: string, mimeType: string, buffer: Buffer) =>
  panel().getByLabel("Or choose a file").setInputFiles({ name, mimeType, buffer });
const startOver = () => panel().getByRole("button", { name: "Choose another card or file" }).click();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // The browser's camera is a fake one showing the example card's QR code.
  cameraDir = mkdtempSync(join(tmpdir(), "upnest-camera-"));
  const video = join(cameraDir, "qr.y4m");
  writeFileSync(video, qrVideo(exampleQr));
  e2e = await startE2E({
    trustedIssuers: [exampleIssuer],
    browserArgs: [
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  ({ page } = await e2e.phone());
  await page.goto(e2e.web);
  await signUp(e2e, page, "vaccines-import@example.com");
  const api = await apiAs(e2e, page);
  // Born before the example card's doses (January 2021).
  ({ babyId } = await api.babies.create.mutate({ name: "Mia", dateOfBirth: "2020-06-01", sex: "female" }));
});

afterAll(async () => {
  await e2e?.stop();
  if (cameraDir) rmSync(cameraDir, { recursive: true, force: true });
});

describe("adding doses from a SMART Health Card", () => {
  it("reads a picture of the example card's QR code: verified issuer, the patient beside the baby, both doses New", async () => {
    await page.goto(`${e2e.web}/babies/${babyId}/vaccinations`);
    await page.getByRole("button", { name: "Add from a health card or clinic file" }).click();
    await panel().waitFor();
    await shotBoth("01-choose");
    await upload("card.png", "image/png", await qrPicture(exampleQr));
    await cardDoses().first().waitFor();
    await panel().getByText("Verified: issued by SMART Health Cards example issuer").waitFor();
    expect(await panel().getByText("On the card: John B. Anyperson, born 20 Jan 1951").count()).toBe(1);
    expect(
      await panel().getByText("The name or birth date on the card differs from Mia's.", { exact: false }).count(),
    ).toBe(1);
    const rows = await cardDoses().allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("1 Jan 2021");
    expect(rows[0]).toContain("Lot 0000001");
    expect(rows[1]).toContain("29 Jan 2021");
    expect(rows.every((r) => r.includes("New") && r.includes("COVID-19"))).toBe(true);
    // A verified card's new doses are ticked for the person.
    expect(await panel().getByRole("checkbox", { checked: true }).count()).toBe(2);
    await shotBoth("02-verified-card");
  });

  it("adds both doses in one step; the card then reads as recorded and the page's doses list them", async () => {
    await panel().getByRole("button", { name: "Add 2 doses" }).click();
    await panel().getByText("Added 2 doses.", { exact: false }).waitFor();
    await expect
      .poll(async () => (await cardDoses().allTextContents()).every((r) => r.includes("Already recorded")))
      .toBe(true);
    expect(await panel().getByRole("checkbox").count()).toBe(0);
    const doses = page.getByRole("list", { name: "Doses", exact: true }).last().getByRole("listitem");
    await expect.poll(() => doses.filter({ hasText: "ABC General Hospital" }).count()).toBe(2);
    await shotBoth("03-added");
  });

  it("the same card as a .smart-health-card file adds nothing: every dose is already recorded", async () => {
    await startOver();
    await upload("example.smart-health-card", "application/smart-health-card", Buffer.from(exampleFile));
    await panel().getByText("Every dose on this card is already recorded.").waitFor();
    expect(
      await panel()
        .getByRole("button", { name: /^Add \d+ doses?$/ })
        .count(),
    ).toBe(0);
  });

  it("a card from an issuer not on the list reads as unverified, its doses left for the person to tick", async () => {
    await startOver();
    const stranger = await testIssuer("https://clinic.unknown.example/issuer");
    const jws = await stranger.sign(
      immunizationCard(stranger.trusted.iss, [
        { resourceType: "Patient", name: [{ given: ["Mia"], family: "Rivera" }], birthDate: "2020-06-01" },
        {
          resourceType: "Immunization",
          status: "completed",
          vaccineCode: { coding: [{ system: "http://hl7.org/fhir/sid/cvx", code: "03" }] },
          patient: { reference: "resource:0" },
          occurrenceDateTime: "2021-06-02",
          lotNumber: "MMR-77",
        },
      ]),
    );
    await upload(
      "other.smart-health-card",
      "application/smart-health-card",
      Buffer.from(JSON.stringify({ verifiableCredential: [jws] })),
    );
    await panel()
      .getByText(
        "Not verified: https://clinic.unknown.example/issuer is not on the list of known issuers — check it with whoever gave it to you.",
      )
      .waitFor();
    expect(await panel().getByText("differs from", { exact: false }).count()).toBe(0);
    expect(await panel().getByRole("checkbox", { checked: false }).count()).toBe(1);
    expect(await panel().getByRole("button", { name: "Tick the doses to add" }).isDisabled()).toBe(true);
    await shotBoth("04-unverified");
    // The person may still add a dose they know was given, by ticking it themselves.
    await panel().getByRole("checkbox", { name: "Add MMR on 2 Jun 2021" }).check();
    await panel().getByRole("button", { name: "Add 1 dose" }).click();
    await panel().getByText("Added 1 dose.", { exact: false }).waitFor();
    const doses = page.getByRole("list", { name: "Doses", exact: true }).last().getByRole("listitem");
    await expect.poll(() => doses.filter({ hasText: "Lot MMR-77" }).count()).toBe(1);
  });

  it("scans the example card with the camera: it reads at once, its doses already recorded", async () => {
    await startOver();
    await panel().getByRole("button", { name: "Scan a QR code with the camera" }).click();
    await panel().getByText("Verified: issued by SMART Health Cards example issuer").waitFor();
    expect(await cardDoses().count()).toBe(2);
    expect((await cardDoses().allTextContents()).every((r) => r.includes("Already recorded"))).toBe(true);
    // The camera is off once the card is read.
    expect(await panel().getByLabel("Camera view").count()).toBe(0);
  });

  it("a card in three QR codes asks for the next picture until every part is read", async () => {
    await startOver();
    const [first, second, third] = chunkedQr as [string, string, string];
    await upload("part-3.png", "image/png", await qrPicture(third));
    await panel().getByText("Part 1 of 3 read. Choose the picture of the next QR code of this card.").waitFor();
    await upload("part-1.png", "image/png", await qrPicture(first));
    await panel().getByText("Part 2 of 3 read.", { exact: false }).waitFor();
    await shotBoth("05-chunks");
    await upload("part-2.png", "image/png", await qrPicture(second));
    // The spec's three-part example is a lab result: verified, with no vaccine doses on it.
    await panel().getByText("There are no vaccine doses on this card.").waitFor();
    await panel().getByText("Verified: issued by SMART Health Cards example issuer").waitFor();
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
