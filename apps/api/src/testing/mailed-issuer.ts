import type { DocClient, IssuerKeyMaterial } from "@upnest/db";
import type { IssuerConfig } from "../auth/issuer.ts";
import { generateIssuerKeys, parseIssuerKeys } from "../auth/keys.ts";
import { startLocalIssuer } from "../dev/local-issuer.ts";
import { codeIn, type Inbox } from "../mail/inbox.ts";
import { accountExistsMail } from "../mail/messages.ts";
import { TEST_CLIENTS } from "./sign-up.ts";

const ACCOUNT_EXISTS_SUBJECT = accountExistsMail("x@example.com", "http://localhost:5173").subject;

/**
 * What tests ask of the inbox about the issuer's mail, read from the messages
 * it really received over SMTP (the issuer awaits delivery before it answers,
 * so a message is there once its request has been answered).
 */
export function mailbox(inbox: Inbox) {
  const to = (address: string) => inbox.messages().filter((m) => m.to.some((r) => r.toLowerCase() === address));
  return {
    ...inbox,
    /** The code in the newest code e-mail to this address, if any. */
    codeFor(address: string): string | undefined {
      const mail = to(address.toLowerCase()).find((m) => m.subject !== ACCOUNT_EXISTS_SUBJECT);
      return mail ? codeIn(mail) : undefined;
    },
    /** Addresses told "someone tried to create an account with your address", oldest first. */
    get accountExists(): string[] {
      return inbox
        .messages()
        .filter((m) => m.subject === ACCOUNT_EXISTS_SUBJECT)
        .reverse()
        .flatMap((m) => m.to);
    },
  };
}
export type Mailbox = ReturnType<typeof mailbox>;

/**
 * The real issuer on a free port, sending its e-mail over SMTP to a local
 * inbox of its own (also on a free port), where tests read the codes.
 */
export async function startMailedIssuer({
  db,
  tableName,
  signingKeys = parseIssuerKeys(JSON.stringify(generateIssuerKeys())),
  ...over
}: {
  db: DocClient;
  tableName: string;
  /** The issuer's keys; a fresh set when absent. */
  signingKeys?: IssuerKeyMaterial;
} & Partial<Omit<IssuerConfig, "db" | "tableName" | "signingKeys" | "sendCode" | "sendAccountExists">>) {
  const issuer = await startLocalIssuer(
    { db, tableName, signingKeys, clients: TEST_CLIENTS, ...over },
    { signInUrl: "http://localhost:5173" },
  );
  return { ...issuer, inbox: mailbox(issuer.inbox), signingKeys };
}
