import { z } from "zod";
import { role } from "./baby.ts";
import { id } from "./common.ts";

/** Roles an owner can hand out with an invitation or a role change. */
export const grantableRole = z.enum(["owner", "caregiver", "viewer"], {
  error: "Role must be owner, caregiver or viewer",
});

export const createInvitationInput = z.object({
  babyId: id,
  role: z.enum(["caregiver", "viewer"], { error: "Invite as caregiver or viewer" }),
  /** How long the link works, in hours (1 hour to 7 days). */
  validForHours: z
    .number()
    .int()
    .min(1, { error: "A link must work for 1 to 168 hours" })
    .max(168, { error: "A link must work for 1 to 168 hours" })
    .default(72),
});
export type CreateInvitationInput = z.input<typeof createInvitationInput>;

/** The secret part of an invitation link: 43 base64url characters (32 random bytes). */
export const invitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This invitation link is not valid" });
export const acceptInvitationInput = z.object({ token: invitationToken });

export const invitation = z.object({
  invitationId: id,
  babyId: id,
  role,
  invitedBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof invitation>;

export const member = z.object({ userId: z.string(), role, since: z.string(), displayName: z.string() });
export type Member = z.infer<typeof member>;

export const changeRoleInput = z.object({ babyId: id, userId: id, role: grantableRole });
export const memberRef = z.object({ babyId: id, userId: id });
export const invitationRef = z.object({ babyId: id, invitationId: id });
