/**
 * The data layer's refusals (DomainError messages of packages/db and the API), English word for word as they are
 * thrown: the API finds a message here by its English text and answers it in the request's language.
 */
export const errors = {
  notFound: "{{what}} not found",
  changedBySomeoneElse: "This {{what}} was changed by someone else. Reload to see the latest and try again.",
  alreadyRecorded: "This {{what}} is already recorded",
  babyChanged: "This baby's details were changed by someone else. Reload to see the latest and try again.",
  profileChanged: "Your profile was changed elsewhere. Reload to see the latest and try again.",
  sameMoment: "Someone else changed this at the same moment. Reload and try again.",
  accessSameMoment: "Access to this baby changed at the same moment. Reload and try again.",
  detailsSameMoment: "This baby's details changed at the same moment. Try again.",
  whoSameMoment: "Who can see this baby changed at the same moment. Try again.",
  lastOwner: "A baby needs at least one owner. Make someone else an owner first.",
  alreadyMember: "You already have access to this baby",
  ownInvitation: "You created this invitation. Send the link to the person you want to invite instead.",
  keyReused: "This request key was already used for a different change",
  roleRefused: "Your role on this baby's record does not allow this change",
  ownersOnly: "Only the baby's owners can manage who has access",
  historyOwnersOnly: "Only the baby's owners can read the history of changes",
  linkUsed: "This invitation link has expired or was already used. Ask for a new one.",
  linkExpired: "This invitation link has expired. Ask for a new one.",
  badPageLink: "This page link is not valid. Start from the first page.",
  busy: "The service is busy. Please try again in a moment.",
  tooMany: "Too many requests in a short time. Please wait {{seconds}} seconds and try again.",
  signIn: "Please sign in again.",
  internal: "Something went wrong on our side. Please try again.",
  importTooLarge:
    "This file has {{records}} records; one import can take at most {{limit}}. Split it into smaller files.",
  importBudget:
    "This file has {{records}} records, more than you can import right now (at most {{limit}} records in {{minutes}} minutes). Try again in {{wait}} minutes, or import a smaller file.",
  // Another app's records (imports.babyBuddyRecords).
  importBatchBudget:
    "You have imported as many entries as you can for now (at most {{limit}} in {{minutes}} minutes). Try again in {{wait}} minutes: the entries already imported are skipped.",
  importInvalidEntries: "Some entries cannot be imported: each problem names its entry",
  timerRunning: "A {{what}} timer is already running",
  timerChanged: "This timer was changed by someone else. Reload to see it and try again.",
  /** What `{{what}}` names, by the English word. */
  things: {
    measurement: "measurement",
    vaccination: "vaccination",
    milestone: "milestone",
    baby: "baby",
    member: "member",
    membership: "membership",
    invitation: "invitation",
    profile: "profile",
    account: "account",
    session: "session",
    feeding: "feeding",
    sleep: "sleep",
    diaper: "diaper",
    pumping: "pumping",
    "tummy time": "tummy time",
    note: "note",
    entry: "entry",
    timer: "timer",
    // The health log.
    "medicine course": "medicine course",
    "medicine dose": "medicine dose",
    temperature: "temperature",
    illness: "illness",
    allergy: "allergy",
    visit: "visit",
    "API key": "API key",
  },
  /** Reminders (apps/api/src/routers/reminders.ts). */
  pushServiceRefused: "Notifications cannot be turned on for this browser's push service. Try another browser.",
  /** A health card or a clinic's file read for a baby's vaccinations (apps/api/src/routers/vaccination-imports.ts). */
  healthCardDamaged: "The health card's signed data is damaged or not in the SMART Health Card format.",
  healthCardAltered: "The health card's signature does not match its contents: it may have been altered.",
  healthCardNotCredential:
    "The health card was signed correctly but its contents are not a SMART Health Card credential.",
  fhirFileUnreadable: "This file is not a FHIR Bundle or Immunization.",
  /** API keys for integrations (packages/db/src/repositories/api-keys.ts, apps/api/src/integrations/allowed.ts). */
  apiKeysOwnersOnly: "Only the baby's owners can manage its API keys",
  apiKeyAlreadyRevoked: "This API key was already revoked",
  apiKeysAtMost: "A baby can have at most {{max}} API keys. Revoke one first.",
  apiKeyRefused: "This API key is not valid. It may have been revoked.",
  apiKeyNotHere: "An API key cannot be used for this",
};
