import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeMail } from "./code-mail.ts";
import { codeIn, type Inbox, startInbox } from "./inbox.ts";
import { verificationCodeMail } from "./messages.ts";
import { smtpMailer } from "./smtp.ts";

// Real SMTP over loopback: nodemailer (as the issuer sends) into the local inbox.
let inbox: Inbox;
let mailer: ReturnType<typeof smtpMailer>;
beforeAll(async () => {
  inbox = await startInbox();
  mailer = smtpMailer({ url: inbox.smtpUrl, from: "UpNest <sign-in@upnest.localhost>" });
});
afterAll(async () => {
  mailer.close();
  await inbox.close();
});

const page = async (path: string, init?: RequestInit) => {
  const res = await fetch(new URL(path, inbox.url), init);
  return { res, body: await res.text() };
};

describe("SMTP delivery into the local inbox", () => {
  it("a code e-mail arrives with its sender, recipient, subject and both parts, and the code reads back", async () => {
    const after = inbox.mark();
    await mailer.send(verificationCodeMail("new-parent@example.com", "314159"));
    const mail = await inbox.waitFor("New-Parent@Example.com", { after });
    expect(mail).toMatchObject({
      from: "sign-in@upnest.localhost",
      to: ["new-parent@example.com"],
      subject: "Your UpNest verification code",
    });
    expect(mail.html).toContain(">314159</p>");
    expect(codeIn(mail)).toBe("314159");
    expect(inbox.latest("new-parent@example.com")?.id).toBe(mail.id);
  });

  it("latest and waitFor give the newest message to that address only", async () => {
    await mailer.send(verificationCodeMail("one@example.com", "111111"));
    const after = inbox.mark();
    await mailer.send(verificationCodeMail("two@example.com", "222222"));
    await mailer.send(verificationCodeMail("one@example.com", "333333"));
    expect(codeIn(await inbox.waitFor("one@example.com", { after }))).toBe("333333");
    expect(codeIn(inbox.latest("two@example.com") ?? { text: "" })).toBe("222222");
    expect(inbox.latest("nobody@example.com")).toBeUndefined();
  });

  it("waiting for a message that never comes fails with the address, not forever", async () => {
    await expect(inbox.waitFor("nobody@example.com", { timeoutMs: 200 })).rejects.toThrow(
      "No e-mail to nobody@example.com arrived",
    );
  });

  it("a failed delivery is reported without the address or the transport's wording", async () => {
    const broken = smtpMailer({ url: "smtp://127.0.0.1:1", from: "UpNest <sign-in@upnest.localhost>" });
    const error = await broken.send(verificationCodeMail("secret-person@example.com", "999999")).catch((e) => e);
    broken.close();
    expect(error).toMatchObject({ name: "MailNotSent", message: "The e-mail could not be sent" });
  });
});

describe("the inbox page", () => {
  it("lists the messages newest first, each linking to its page, with no script allowed", async () => {
    await mailer.send({ to: "older@example.com", subject: "Older one", text: "x", html: "<p>x</p>" });
    await mailer.send({ to: "newer@example.com", subject: "Newer <b>one</b>", text: "y", html: "<p>y</p>" });
    const { res, body } = await page("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("content-security-policy")).not.toContain("script-src");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(body).toContain('<html lang="en">');
    expect(body).toContain("Newer &lt;b&gt;one&lt;/b&gt;");
    expect(body.indexOf("Newer &lt;b&gt;")).toBeLessThan(body.indexOf("Older one"));
    expect(body).toMatch(/<a href="\/messages\/\d+">Newer/);
  });

  it("shows one message: its text, and its HTML only inside an iframe sandboxed without scripts", async () => {
    const after = inbox.mark();
    await mailer.send({
      to: "viewer@example.com",
      subject: "Look",
      text: "Plain <words> & more",
      html: '<p>Hello</p><script>parent.alert("x")</script><img src="https://tracker.example/p.gif">',
    });
    const mail = await inbox.waitFor("viewer@example.com", { after });
    const { res, body } = await page(`/messages/${mail.id}`);
    expect(res.status).toBe(200);
    expect(body).toContain("<pre>Plain &lt;words&gt; &amp; more</pre>");
    expect(body).toMatch(/<iframe sandbox title="[^"]+" srcdoc="[^"]*&lt;script&gt;/);
    expect(body.replace(/srcdoc="[^"]*"/g, ""), "no markup of the message outside the srcdoc").not.toMatch(
      /<script|<img/,
    );
  });

  it("answers only to this machine's names, not to a rebound host name", async () => {
    const { hostname, port } = new URL(inbox.url);
    const statusFor = (host: string) =>
      new Promise<number | undefined>((resolve, reject) =>
        request({ hostname, port, path: "/", headers: { host } }, (res) => resolve(res.resume().statusCode))
          .on("error", reject)
          .end(),
      );
    expect(await statusFor(`evil.example:${port}`)).toBe(421);
    expect(await statusFor(`localhost:${port}`)).toBe(200);
  });

  it("an unknown message or path is 404, and nothing but GET is answered", async () => {
    expect((await page("/messages/999999")).res.status).toBe(404);
    expect((await page("/messages/abc")).res.status).toBe(404);
    expect((await page("/elsewhere")).res.status).toBe(404);
    expect((await page("/", { method: "POST", body: "x" })).res.status).toBe(405);
  });
});

describe("the account-exists sender", () => {
  it("e-mails the owner of the address the account-exists message with the sign-in link", async () => {
    const after = inbox.mark();
    await codeMail(mailer).accountExists("http://localhost:5173/")("owner@example.com", "en");
    const mail = await inbox.waitFor("owner@example.com", { after });
    expect(mail.subject).toBe("Someone tried to create an UpNest account with your address");
    expect(mail.text).toContain("http://localhost:5173/");
  });
});
