import { html } from "hono/html";
import { alert, page, type Speech, withStrong } from "./layout.ts";
import { describe, type FormError } from "./messages.ts";

type State = { email?: string; name?: string; error?: FormError; notice?: string };
const statusOf = (error?: FormError) =>
  error?.type === "locked" || error?.type === "mail_capped" ? 429 : error ? 400 : 200;
const describedBy = (error?: FormError) => (error ? "form-error" : undefined);
const errorOf = (speech: Speech, state: State) => alert(state.error && describe(state.error, speech));

const emailField = ({ t }: Speech, state: State, focus = !state.error) =>
  html`<label
    >${t("fields.email")}
    <input type="email" name="email" required autocomplete="email" inputmode="email" maxlength="254"
      value="${state.email ?? ""}" aria-describedby="${describedBy(state.error)}" ${focus ? html`autofocus` : ""}
  /></label>`;

const nameField = ({ t }: Speech, state: State) =>
  html`<label
    >${t("fields.name")} <span class="hint">${t("fields.nameHint")}</span>
    <input type="text" name="name" required autocomplete="name" value="${state.name ?? ""}"
      aria-describedby="${describedBy(state.error)}" ${state.error ? "" : html`autofocus`}
  /></label>`;

const newPasswordFields = ({ t }: Speech, state: State) =>
  html`<label
      >${t("fields.password")} <span class="hint">${t("fields.passwordHint")}</span>
      <input type="password" name="password" required autocomplete="new-password" minlength="8" maxlength="128"
        aria-describedby="${describedBy(state.error)}"
    /></label>
    <label
      >${t("fields.repeat")}
      <input type="password" name="repeat" required autocomplete="new-password" minlength="8" maxlength="128"
    /></label>`;

/** Sign in: e-mail and password. */
export const loginPage = (speech: Speech, state: State) =>
  page(speech, {
    title: speech.t("login.title"),
    status: statusOf(state.error),
    body: html`${state.notice ? html`<p class="notice" role="status">${state.notice}</p>` : ""}
      <form method="post" action="authorize">
        ${errorOf(speech, state)} ${emailField(speech, state)}
        <label
          >${speech.t("fields.password")}
          <input type="password" name="password" required autocomplete="current-password" maxlength="1024"
            aria-describedby="${describedBy(state.error)}"
        /></label>
        <button type="submit">${speech.t("continue")}</button>
      </form>
      <ul class="links">
        <li>${speech.t("login.newHere")} <a href="register">${speech.t("login.register")}</a></li>
        <li><a href="change">${speech.t("login.forgot")}</a></li>
      </ul>`,
  });

/** Create an account: the name the family will see, e-mail and a new password, twice. */
export const registerPage = (speech: Speech, state: State) =>
  page(speech, {
    title: speech.t("register.title"),
    status: statusOf(state.error),
    body: html`<p>${speech.t("register.intro")}</p>
      <form method="post" action="register">
        ${errorOf(speech, state)}
        <input type="hidden" name="action" value="register" />
        ${nameField(speech, state)} ${emailField(speech, state, false)} ${newPasswordFields(speech, state)}
        <button type="submit">${speech.t("continue")}</button>
      </form>
      <ul class="links">
        <li>${speech.t("register.haveAccount")} <a href="authorize">${speech.t("register.signIn")}</a></li>
      </ul>`,
  });

/**
 * The e-mailed code, for sign-up and for a password reset. It reads the same
 * whether or not the address has an account (the mail says which).
 */
export const codePage = (speech: Speech, state: State & { path: "register" | "change"; resend: "register" | "code" }) =>
  page(speech, {
    title: speech.t("code.title"),
    status: statusOf(state.error),
    body: html`<p>${withStrong((email) => speech.t("code.sent", { email }), state.email ?? "")}</p>
      <form method="post" action="${state.path}">
        ${errorOf(speech, state)}
        <input type="hidden" name="action" value="verify" />
        <label
          >${speech.t("fields.code")}
          <input type="text" name="code" required autocomplete="one-time-code" inputmode="numeric" pattern="[0-9]{6}"
            maxlength="6" aria-describedby="${describedBy(state.error)}" autofocus
        /></label>
        <button type="submit">${speech.t("continue")}</button>
      </form>
      <form method="post" action="${state.path}">
        <input type="hidden" name="action" value="${state.resend}" />
        <input type="hidden" name="email" value="${state.email ?? ""}" />
        <button type="submit" class="secondary">${speech.t("code.resend")}</button>
      </form>`,
  });

/** Reset a password, step 1: the address to send a code to. */
export const resetPage = (speech: Speech, state: State) =>
  page(speech, {
    title: speech.t("reset.title"),
    status: statusOf(state.error),
    body: html`<p>${speech.t("reset.intro")}</p>
      <form method="post" action="change">
        ${errorOf(speech, state)}
        <input type="hidden" name="action" value="code" />
        ${emailField(speech, state)}
        <button type="submit">${speech.t("continue")}</button>
      </form>
      <ul class="links">
        <li><a href="authorize">${speech.t("reset.back")}</a></li>
      </ul>`,
  });

/** Reset a password, last step: the new password, twice. */
export const newPasswordPage = (speech: Speech, state: State) =>
  page(speech, {
    title: speech.t("newPassword.title"),
    status: statusOf(state.error),
    body: html`<p>${withStrong((email) => speech.t("newPassword.intro", { email }), state.email ?? "")}</p>
      <form method="post" action="change">
        ${errorOf(speech, state)}
        <input type="hidden" name="action" value="update" />
        ${newPasswordFields(speech, state)}
        <button type="submit">${speech.t("newPassword.submit")}</button>
      </form>`,
  });

/** A refused or failed request: says what to do next, never the internal detail. */
export const errorPage = (speech: Speech, message: string, status: number, back?: string) =>
  page(speech, {
    title: speech.t("failed.title"),
    status,
    body: html`<p class="alert" role="alert">${message}</p>
      ${back ? html`<p><a href="${back}">${speech.t("failed.back")}</a></p>` : ""}`,
  });
