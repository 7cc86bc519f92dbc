import { describe, expect, it } from "vitest";
import { accountExistsMail, resetCodeMail, verificationCodeMail } from "./messages.ts";

// A valid address (quoted local part) full of characters that mean something in HTML.
const TRICKY = `"<img src=x onerror=alert(1)>&'"@example.com`;
/** The message's real tags (escaped text is not a tag) that would load something or run a script. */
const loading = (html: string) =>
  (html.match(/<[a-z][^>]*>/gi) ?? []).filter((tag) =>
    /^<(?:img|link|script|iframe|object|embed|video|audio|source)\b|\s(?:src|srcset|background|on\w+)=|url\(|@import/i.test(
      tag,
    ),
  );

describe("code e-mails", () => {
  for (const [name, make, subject] of [
    ["verification", verificationCodeMail, "Your UpNest verification code"],
    ["password reset", resetCodeMail, "Your UpNest password reset code"],
  ] as const) {
    it(`${name}: says UpNest, carries the code in both parts and goes to the address`, () => {
      const mail = make("parent@example.com", "042917");
      expect(mail).toMatchObject({ to: "parent@example.com", subject });
      expect(mail.text).toContain("UpNest");
      expect(mail.text).toMatch(/^042917$/m);
      expect(mail.html).toContain(">042917</p>");
      expect(mail.html).toContain('<html lang="en">');
      expect(mail.html).toContain("<h1");
      expect(mail.subject, "the code is not in the subject (shown on lock screens)").not.toContain("042917");
    });

    it(`${name}: the address is escaped in the HTML and nothing is loaded from anywhere`, () => {
      const mail = make(TRICKY, "123456");
      expect(mail.html).not.toContain("<img");
      expect(mail.html).toContain("&quot;&lt;img src=x onerror=alert(1)&gt;&amp;&#39;&quot;@example.com");
      expect(loading(mail.html)).toEqual([]);
      expect(mail.html).not.toMatch(/https?:\/\//);
      expect(mail.text, "the text part keeps the address as it is").toContain(TRICKY);
    });
  }

  it("the two codes read differently, so a reset code is not mistaken for a sign-up", () => {
    expect(resetCodeMail("a@example.com", "111111").text).toContain("new password");
    expect(verificationCodeMail("a@example.com", "111111").text).not.toContain("password");
  });
});

describe("account-exists e-mail", () => {
  it("tells the address's owner someone tried, links to sign-in, in both parts", () => {
    const mail = accountExistsMail("parent@example.com", "https://app.example.com/");
    expect(mail.subject).toBe("Someone tried to create an UpNest account with your address");
    expect(mail.text).toContain("parent@example.com");
    expect(mail.text).toContain("https://app.example.com/");
    expect(mail.text).toContain("Forgot password");
    expect(mail.html).toContain('<a href="https://app.example.com/"');
    expect(loading(mail.html)).toEqual([]);
  });

  it("escapes the link and the address", () => {
    const mail = accountExistsMail(TRICKY, 'https://app.example.com/?a="><script>x</script>');
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain('href="https://app.example.com/?a=%22%3E%3Cscript%3Ex%3C/script%3E"');
  });

  for (const bad of ["javascript:alert(1)", "data:text/html,hi", "not a url"])
    it(`refuses a sign-in link that is not http(s): ${bad}`, () => {
      expect(() => accountExistsMail("parent@example.com", bad)).toThrow();
    });
});

describe("in Spanish", () => {
  it("each message is Spanish in its subject, both parts and footer, with the code and link kept", () => {
    const verification = verificationCodeMail("madre@example.com", "042917", "es");
    expect(verification.subject).toBe("Tu código de verificación de UpNest");
    expect(verification.text).toContain("Escribe este código para confirmar madre@example.com");
    expect(verification.text).toMatch(/^042917$/m);
    expect(verification.html).toContain('<html lang="es">');
    expect(verification.html).toContain(">042917</p>");
    expect(verification.text).toContain("Recibes este correo porque");
    expect(verification.html).toContain("Recibes este correo porque");

    const reset = resetCodeMail("madre@example.com", "111111", "es");
    expect(reset.subject).toBe("Tu código para restablecer la contraseña de UpNest");
    expect(reset.text).toContain("contraseña nueva");

    const exists = accountExistsMail("madre@example.com", "https://app.example.com/", "es");
    expect(exists.subject).toBe("Alguien intentó crear una cuenta de UpNest con tu dirección");
    expect(exists.text).toContain("Iniciar sesión en UpNest: https://app.example.com/");
    expect(exists.html).toContain('<a href="https://app.example.com/"');
    for (const mail of [verification, reset, exists]) {
      expect(mail.html).toContain('<html lang="es">');
      expect(mail.text, "no English sentence is left").not.toMatch(/\b(?:the|you|your|this|code)\b/i);
    }
  });

  it("escapes the address in the Spanish HTML too", () => {
    const mail = verificationCodeMail(TRICKY, "123456", "es");
    expect(mail.html).not.toContain("<img");
    expect(loading(mail.html)).toEqual([]);
  });
});
