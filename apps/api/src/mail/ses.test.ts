import { SendEmailCommand } from "@aws-sdk/client-sesv2";
import { describe, expect, it } from "vitest";
import { verificationCodeMail } from "./messages.ts";
import { sesEmailInput } from "./ses.ts";

// SES cannot be reached from here: this checks the request the Lambda would send, not a delivery.
describe("SES request", () => {
  it("a SESv2 SendEmail with the stage's sender, one recipient, and both parts in UTF-8", () => {
    const mail = verificationCodeMail("parent@example.com", "042917");
    const command = new SendEmailCommand(sesEmailInput(mail, "UpNest <sign-in@upnest.example>"));
    expect(command.input).toEqual({
      FromEmailAddress: "UpNest <sign-in@upnest.example>",
      Destination: { ToAddresses: ["parent@example.com"] },
      Content: {
        Simple: {
          Subject: { Data: "Your UpNest verification code", Charset: "UTF-8" },
          Body: { Text: { Data: mail.text, Charset: "UTF-8" }, Html: { Data: mail.html, Charset: "UTF-8" } },
        },
      },
    });
  });
});
