import { DomainError } from "@upnest/db";
import { choosableConditions } from "@upnest/immunizations";
import { type BabyHealthFields, babyHealthIssues } from "@upnest/schemas";

const CHOOSABLE = new Set(choosableConditions.map((c) => c.code));
const CHOOSE = "Choose a condition from the list";

/**
 * A baby's conditions and the mother's RSV vaccine, checked before anything is written (create, update, import):
 * each condition is one a family can choose (CDC's list, `choosableConditions`; the schemas check only its form,
 * depending on no other package), none dated before birth, and the mother's vaccine dated in the pregnancy.
 */
export function checkBabyHealth(fields: BabyHealthFields, dateOfBirth: string) {
  if ((fields.conditions ?? []).some((c) => !CHOOSABLE.has(c.code)))
    throw new DomainError("invalid", CHOOSE, { fieldErrors: { conditions: [CHOOSE] } });
  const issues = babyHealthIssues(fields, dateOfBirth);
  if (issues.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const { path, message } of issues) {
    const field = String(path[0]);
    fieldErrors[field] = [...(fieldErrors[field] ?? []), message];
  }
  throw new DomainError("invalid", issues[0]!.message, { fieldErrors });
}
