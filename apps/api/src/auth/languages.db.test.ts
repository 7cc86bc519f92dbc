import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { authorizeUrl, registerUntilCode, startSignIn } from "../attacks/issuer-support.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import { browser, form, signUp } from "../testing/sign-up.ts";

/**
 * The real issuer over HTTP, its e-mail over SMTP into the local inbox: every page and e-mail is in the
 * language the person's browser asks for (Accept-Language), and English for any other.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
});
afterAll(() => h.close());

const SPANISH = "es-ES,es;q=0.9,en;q=0.8";
const at = (path: string) => new URL(path, h.issuerUrl);
const heading = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];
const lang = (html: string) => /<html lang="([^"]+)">/.exec(html)?.[1];

describe("the sign-in pages speak the browser's language", () => {
  it("in Spanish when the browser asks for it: sign-in, sign-up and password reset", async () => {
    const go = browser(SPANISH);
    const login = await (await startSignIn(go, h.issuerUrl)).res.text();
    const register = await (await go(at("/password/register"))).text();
    const reset = await (await go(at("/password/change"))).text();
    expect([login, register, reset].map(lang)).toEqual(["es", "es", "es"]);
    expect([login, register, reset].map(heading)).toEqual([
      "Inicia sesión en UpNest",
      "Crea tu cuenta de UpNest",
      "Restablece tu contraseña",
    ]);
    expect(login).toContain("Correo electrónico");
    expect(register).toMatch(/<label\s*>Tu nombre/);
  });

  it("in English for any other language, or none", async () => {
    for (const language of ["fr-FR,de;q=0.8", undefined]) {
      const login = await (await startSignIn(browser(language), h.issuerUrl)).res.text();
      expect([lang(login), heading(login)], String(language)).toEqual(["en", "Sign in to UpNest"]);
    }
  });

  it("a wrong password and a refused app are explained in Spanish", async () => {
    const go = browser(SPANISH);
    await startSignIn(go, h.issuerUrl);
    const wrong = await go(at("/password/authorize"), form({ email: "nadie@example.com", password: "no es esta" }));
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toMatch(/role="alert"[^>]*>Ese correo y esa contraseña no coinciden/);

    const url = new URL((await authorizeUrl(h.issuerUrl)).url);
    url.searchParams.set("client_id", "evil-app");
    const refused = await fetch(url, { redirect: "manual", headers: { "accept-language": SPANISH } });
    const page = await refused.text();
    expect([refused.status, lang(page), heading(page)]).toEqual([
      400,
      "es",
      "No se pudo continuar con el inicio de sesión",
    ]);
    expect(page).toContain("Esta aplicación no puede iniciar sesión con UpNest.");
  });
});

describe("the e-mails are in the language of the page where the person asked for them", () => {
  it("a sign-up in Spanish gets its code in Spanish, in both parts, and the code works", async () => {
    const email = `lucia-${Date.now()}@example.com`;
    const before = h.inbox.mark();
    const tokens = await signUp(h.issuerUrl, h.inbox, email, undefined, { name: "Lucía", language: SPANISH });
    const mail = await h.inbox.waitFor(email, { after: before });
    expect(mail.subject).toBe("Tu código de verificación de UpNest");
    expect(mail.text).toContain(`Escribe este código para confirmar ${email}`);
    expect(mail.html).toContain('<html lang="es">');
    expect(mail.html).toContain("Recibes este correo porque");
    // The profile starts in the sign-up page's language.
    const me = await (await h.callerWith(`Bearer ${tokens.access}`)).users.me();
    expect(me).toMatchObject({ displayName: "Lucía", language: "es" });
  });

  it("a password reset asked for in Spanish e-mails a Spanish reset code", async () => {
    const email = `reset-es-${Date.now()}@example.com`;
    await signUp(h.issuerUrl, h.inbox, email);
    const go = browser(SPANISH);
    await startSignIn(go, h.issuerUrl);
    await go(at("/password/change"));
    const before = h.inbox.mark();
    const res = await go(at("/password/change"), form({ action: "code", email }));
    expect(heading(await res.text())).toBe("Revisa tu correo");
    const mail = await h.inbox.waitFor(email, { after: before });
    expect(mail.subject).toBe("Tu código para restablecer la contraseña de UpNest");
    expect(mail.html).toContain('<html lang="es">');
  });

  it("the owner of a taken address is told in the language of the page the attempt came from", async () => {
    const email = `taken-${Date.now()}@example.com`;
    await signUp(h.issuerUrl, h.inbox, email);
    const go = browser(SPANISH);
    await startSignIn(go, h.issuerUrl);
    const before = h.inbox.mark();
    await registerUntilCode(go, h.issuerUrl, email);
    const mail = await h.inbox.waitFor(email, { after: before });
    expect(mail.subject).toBe("Alguien intentó crear una cuenta de UpNest con tu dirección");
    expect(mail.text).toContain("Iniciar sesión en UpNest: http://localhost:5173/");
  });
});
