/** The baby's Integrations page: API keys for Home Assistant and other apps (apps/web/src/features/integrations). */
export const integrations = {
  title: "Integrations",
  intro:
    "An API key lets a home assistant or another app add to {{name}}'s care log and read it. A key works only for {{name}} and acts for you: a read key reads, a read-and-add key also adds feedings, diapers and measurements.",
  link: {
    label: "Integrations",
    hint: "API keys for Home Assistant and other apps",
  },
  ownersOnly: "Only the baby's owners can make API keys.",
  scope: {
    read: "Read",
    "read-write": "Read and add",
  },
  scopeHint: {
    read: "Reads the newest feedings, diapers, sleeps and measurements.",
    "read-write": "Also adds feedings, diapers and measurements.",
  },
  keys: {
    title: "API keys",
    label: "API keys",
    loading: "Loading API keys…",
    none: "No API keys yet.",
    made: "Made by {{who}} on {{date}}",
    madeByYou: "Made by you on {{date}}",
    lastUsed: "Last used {{when}}",
    neverUsed: "Not used yet",
    revoked: "Revoked {{when}}",
    inactive: "Not working: the person who made it can no longer change {{name}}'s records.",
    revoke: "Revoke",
    revokeLabel: "Revoke {{name}}",
    confirmTitle: "Revoke “{{name}}”?",
    confirmBody: "Anything using this key stops working at once. This cannot be undone.",
    confirm: "Revoke key",
  },
  create: {
    title: "New key",
    name: "Name",
    nameHint: "Where it is used, for example Home Assistant",
    scope: "What it may do",
    submit: "Make key",
    creating: "Making key…",
  },
  secret: {
    title: "Your new key: {{name}}",
    label: "API key",
    warning:
      "Copy it now and keep it secret: it is shown only this once, and anyone who has it can read {{name}}'s care log.",
    warningWrite:
      "Copy it now and keep it secret: it is shown only this once, and anyone who has it can read {{name}}'s care log and add to it.",
    copy: "Copy",
    copied: "Copied",
    copyLabel: "Copy the API key",
    done: "I saved it",
  },
  example: {
    title: "Try it",
    body: "Add a wet diaper from a terminal (the key goes in the Authorization header):",
    read: "Read the last feeding:",
    docs: "Every operation is described in the OpenAPI document",
  },
  /** Who made a change in the history when it was a key. */
  historyActor: "{{name}} (API key)",
};
