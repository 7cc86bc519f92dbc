import { LANGUAGES, type Language, resources } from "@upnest/i18n";
import { describe, expect, it } from "vitest";
import { codePage, errorPage, loginPage, newPasswordPage, registerPage, resetPage } from "./forms.ts";
import { speechFor, speechIn } from "./layout.ts";
import { describe as describeError, type FormError } from "./messages.ts";

/** Every page the issuer shows, in one language, with an error where the page can have one. */
async function everyPage(language: Language) {
  const speech = speechIn(language);
  const error: FormError = { type: "locked", seconds: 120 };
  const pages = {
    login: loginPage(speech, { notice: speech.t("login.passwordChanged") }),
    loginError: loginPage(speech, { email: "parent@example.com", error: { type: "invalid_password" } }),
    register: registerPage(speech, {}),
    registerError: registerPage(speech, { name: "", email: "parent@example.com", error: { type: "missing_name" } }),
    code: codePage(speech, { email: "parent@example.com", path: "register", resend: "register" }),
    codeError: codePage(speech, { email: "p@example.com", path: "change", resend: "code", error }),
    reset: resetPage(speech, {}),
    newPassword: newPasswordPage(speech, { email: "parent@example.com" }),
    failed: errorPage(speech, speech.t("refused.pkce"), 400, "http://localhost:5173/"),
  };
  const out: Record<string, { res: Response; html: string }> = {};
  for (const [name, made] of Object.entries(pages)) {
    const res = await made;
    out[name] = { res, html: await res.text() };
  }
  return out;
}

type Tree = { [key: string]: string | Tree };
/** Every text of a catalog with its dotted key. */
const texts = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : texts(value, `${prefix}${key}.`),
  );

describe.each(LANGUAGES)("the issuer's pages in %s", (language) => {
  it("say their language, have one heading, and a label for every field", async () => {
    for (const [name, { res, html }] of Object.entries(await everyPage(language))) {
      expect(html, name).toContain(`<html lang="${language}">`);
      expect(res.headers.get("content-language"), name).toBe(language);
      expect(html.match(/<h1>/g)?.length, name).toBe(1);
      const visibleInputs = [...html.matchAll(/<input\b[^>]*>/g)].filter((m) => !/type="hidden"/.test(m[0]));
      const labelled = [...html.matchAll(/<label\b[^>]*>[\s\S]*?<\/label>/g)]
        .map((m) => m[0].match(/<input\b/g)?.length ?? 0)
        .reduce((a, b) => a + b, 0);
      expect(labelled, name).toBe(visibleInputs.length);
      expect(html, name).not.toMatch(/\{\{|\}\}|issuer:|errors\.|fields\./);
    }
  });

  it("show every error a form can have as a sentence of the language, with its numbers", () => {
    const speech = speechIn(language);
    const errors: FormError[] = [
      { type: "missing_name" },
      { type: "name_too_long", max: 80 },
      { type: "invalid_email" },
      { type: "missing_password" },
      { type: "invalid_password" },
      { type: "password_mismatch" },
      { type: "password_too_short", min: 8 },
      { type: "password_too_long", max: 128 },
      { type: "invalid_code" },
      { type: "code_spent" },
      { type: "code_expired" },
      { type: "mail_capped" },
      { type: "locked", seconds: 61 },
      { type: "locked", seconds: 30 },
    ];
    const said = errors.map((error) => describeError(error, speech));
    for (const sentence of said) expect(sentence).toMatch(/^[A-ZÁÉÍÓÚ¿].+\.$/);
    expect(said[1]).toContain("80");
    const minute = { en: ["2 minutes,", "1 minute,"], es: ["2 minutos,", "1 minuto,"] }[language];
    expect([said[12], said[13]].map((s, i) => s?.includes(minute[i] ?? "-"))).toEqual([true, true]);
  });
});

describe("Spanish pages", () => {
  it("carry no English text of the issuer's catalog", async () => {
    // The tab title's frame ("{{title}} · UpNest") is the same in both; variables are cut off.
    const englishOnly = texts(resources.en.issuer as Tree)
      .filter(([key]) => key !== "documentTitle")
      .flatMap(([, text]) => text.split(/\{\{[^}]*\}\}/))
      .map((part) => part.trim())
      .filter((part) => part.length > 6);
    const spanish = Object.values(await everyPage("es"))
      .map(({ html }) => html)
      .join("\n")
      .replace(/&#39;/g, "'");
    expect(englishOnly.filter((text) => spanish.includes(text))).toEqual([]);
  });

  it("are chosen by the browser's Accept-Language, English otherwise", () => {
    const request = (header?: string) =>
      new Request("http://issuer.test/", header ? { headers: { "accept-language": header } } : {});
    expect(speechFor(request("es-ES,es;q=0.9,en;q=0.8")).language).toBe("es");
    expect(speechFor(request("fr-FR, es;q=0.5")).language).toBe("es");
    expect(speechFor(request("de-DE")).language).toBe("en");
    expect(speechFor(request()).language).toBe("en");
  });

  it("bold the address where the Spanish sentence puts it, escaped", async () => {
    const res = await codePage(speechIn("es"), { email: "<b>x</b>@example.com", path: "register", resend: "register" });
    expect(await res.text()).toContain(
      "Enviamos un correo a <strong>&lt;b&gt;x&lt;/b&gt;@example.com</strong>. Escribe",
    );
  });
});
