import { html } from "hono/html";
import { alert, page } from "./layout.ts";
import { describe, type FormError } from "./messages.ts";

type State = { email?: string; error?: FormError; notice?: string };
const statusOf = (error?: FormError) =>
  error?.type === "locked" || error?.type === "mail_capped" ? 429 : error ? 400 : 200;
const describedBy = (error?: FormError) => (error ? "form-error" : undefined);

const emailField = (state: State) =>
  html`<label
    >E-mail address
    <input type="email" name="email" required autocomplete="email" inputmode="email" maxlength="254"
      value="${state.email ?? ""}" aria-describedby="${describedBy(state.error)}" ${state.error ? "" : html`autofocus`}
  /></label>`;

const newPasswordFields = (state: State) =>
  html`<label
      >Password <span class="hint">At least 8 characters.</span>
      <input type="password" name="password" required autocomplete="new-password" minlength="8" maxlength="128"
        aria-describedby="${describedBy(state.error)}"
    /></label>
    <label
      >Repeat the password
      <input type="password" name="repeat" required autocomplete="new-password" minlength="8" maxlength="128"
    /></label>`;

/** Sign in: e-mail and password. */
export const loginPage = (state: State) =>
  page({
    title: "Sign in to UpNest",
    status: statusOf(state.error),
    body: html`${state.notice ? html`<p class="notice" role="status">${state.notice}</p>` : ""}
      <form method="post" action="authorize">
        ${alert(state.error && describe(state.error))} ${emailField(state)}
        <label
          >Password
          <input type="password" name="password" required autocomplete="current-password" maxlength="1024"
            aria-describedby="${describedBy(state.error)}"
        /></label>
        <button type="submit">Continue</button>
      </form>
      <ul class="links">
        <li>New to UpNest? <a href="register">Register</a></li>
        <li><a href="change">Forgot your password?</a></li>
      </ul>`,
  });

/** Create an account: e-mail and a new password, twice. */
export const registerPage = (state: State) =>
  page({
    title: "Create your UpNest account",
    status: statusOf(state.error),
    body: html`<p>We will e-mail you a code to confirm the address.</p>
      <form method="post" action="register">
        ${alert(state.error && describe(state.error))}
        <input type="hidden" name="action" value="register" />
        ${emailField(state)} ${newPasswordFields(state)}
        <button type="submit">Continue</button>
      </form>
      <ul class="links">
        <li>Already have an account? <a href="authorize">Sign in</a></li>
      </ul>`,
  });

/**
 * The e-mailed code, for sign-up and for a password reset. It reads the same
 * whether or not the address has an account (the mail says which).
 */
export const codePage = (state: State & { path: "register" | "change"; resend: "register" | "code" }) =>
  page({
    title: "Check your e-mail",
    status: statusOf(state.error),
    body: html`<p>
        We sent an e-mail to <strong>${state.email ?? ""}</strong>. Enter the 6-digit code from it; it works for one
        hour.
      </p>
      <form method="post" action="${state.path}">
        ${alert(state.error && describe(state.error))}
        <input type="hidden" name="action" value="verify" />
        <label
          >Code from your e-mail
          <input type="text" name="code" required autocomplete="one-time-code" inputmode="numeric" pattern="[0-9]{6}"
            maxlength="6" aria-describedby="${describedBy(state.error)}" autofocus
        /></label>
        <button type="submit">Continue</button>
      </form>
      <form method="post" action="${state.path}">
        <input type="hidden" name="action" value="${state.resend}" />
        <input type="hidden" name="email" value="${state.email ?? ""}" />
        <button type="submit" class="secondary">Send a new code</button>
      </form>`,
  });

/** Reset a password, step 1: the address to send a code to. */
export const resetPage = (state: State) =>
  page({
    title: "Reset your password",
    status: statusOf(state.error),
    body: html`<p>We will e-mail you a code. With it you can choose a new password.</p>
      <form method="post" action="change">
        ${alert(state.error && describe(state.error))}
        <input type="hidden" name="action" value="code" />
        ${emailField(state)}
        <button type="submit">Continue</button>
      </form>
      <ul class="links">
        <li><a href="authorize">Back to sign in</a></li>
      </ul>`,
  });

/** Reset a password, last step: the new password, twice. */
export const newPasswordPage = (state: State) =>
  page({
    title: "Choose a new password",
    status: statusOf(state.error),
    body: html`<p>For <strong>${state.email ?? ""}</strong>. Choose one you do not use anywhere else.</p>
      <form method="post" action="change">
        ${alert(state.error && describe(state.error))}
        <input type="hidden" name="action" value="update" />
        ${newPasswordFields(state)}
        <button type="submit">Save the new password</button>
      </form>`,
  });

/** A refused or failed request: says what to do next, never the internal detail. */
export const errorPage = (message: string, status: number, back?: string) =>
  page({
    title: "Sign-in could not continue",
    status,
    body: html`<p class="alert" role="alert">${message}</p>
      ${back ? html`<p><a href="${back}">Go back to UpNest and try again</a></p>` : ""}`,
  });
