import { formatDate, formatDateTime, type Language } from "@upnest/i18n";
import { vaccineGroupName } from "@upnest/immunizations/words";
import { mailTexts } from "../auth/language.ts";
import { brandedMail } from "../mail/layout.ts";
import type { Mail } from "../mail/mail.ts";
import type { Reminder } from "./plan.ts";
import type { PushMessage } from "./push.ts";

// What a reminder says, in the person's language (packages/i18n, `mail` namespace, `reminders`): the baby's name,
// what is due and when, and a link to the app. Never advice: what is due comes from the family's own record.

export type Recipient = { email: string; language: Language; timezone: string };
export type Said = { title: string; body: string; lines: string[]; url: string };

const list = (items: string[], language: Language) =>
  new Intl.ListFormat(language, { style: "long", type: "conjunction" }).format(items);

/** The words of one reminder of `babyName` for this person; `url` is the baby's page in the app. */
export function reminderWords(reminder: Reminder, babyName: string, person: Recipient, url: string): Said {
  const t = mailTexts(person.language);
  const name = babyName;
  const date = formatDate(reminder.dueAt, person.language);
  const notAdvice = t("reminders.notAdvice");
  if (reminder.topic === "vaccines") {
    const vaccines = list(
      (reminder.vaccines ?? []).map((g) => vaccineGroupName(g, person.language)),
      person.language,
    );
    return {
      title: t("reminders.vaccines.title", { name }),
      body: t("reminders.vaccines.body", { name, date, vaccines }),
      lines: [notAdvice],
      url,
    };
  }
  if (reminder.topic === "medicines") {
    const medicine = reminder.medicine ?? "";
    const time = formatDateTime(reminder.dueAt, person.language, person.timezone);
    return {
      title: t("reminders.medicines.title", { name, medicine }),
      body: t("reminders.medicines.body", { name, medicine, time }),
      lines: [notAdvice],
      url,
    };
  }
  const body = reminder.time
    ? t("reminders.visits.bodyAt", { name, date, time: reminder.time })
    : t("reminders.visits.body", { name, date });
  return {
    title: t("reminders.visits.title", { name }),
    body,
    lines: reminder.clinician ? [t("reminders.visits.clinician", { clinician: reminder.clinician })] : [],
    url,
  };
}

/** "This is how reminders will look", for `reminders.sendTest`. */
export function testWords(person: Recipient, url: string): Said {
  const t = mailTexts(person.language);
  return { title: t("reminders.test.title"), body: t("reminders.test.body"), lines: [], url };
}

/** The e-mail: text and HTML with the same words, and a footer saying why it came and where to turn it off. */
export function reminderMail(said: Said, person: Recipient): Mail {
  const t = mailTexts(person.language);
  return brandedMail(
    person.email,
    said.title,
    [{ p: said.body }, ...said.lines.map((p) => ({ p })), { link: said.url, label: t("reminders.open") }],
    person.language,
    t("reminders.footer"),
  );
}

/** The notification: title and body, where a tap goes, and a tag so a repeat replaces rather than stacks. */
export const reminderPush = (said: Said, tag: string): PushMessage => ({
  title: said.title,
  body: said.body,
  url: said.url,
  tag,
});
