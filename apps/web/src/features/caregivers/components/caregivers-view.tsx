import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import type { Baby, Role } from "@upnest/schemas";
import { Check, Copy, Link2, LogOut, UserMinus, X } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { ConfirmButton } from "../../../components/confirm.tsx";
import { Field, inputClass } from "../../../components/field.tsx";
import { ChangeProblem } from "../../../components/permission.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { showDate } from "../../../lib/dates.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import {
  useCancelInvitation,
  useChangeRole,
  useInvitations,
  useInvite,
  useMe,
  useMembers,
  useRemoveMember,
} from "../api/caregivers.ts";
import { inviteLink, ROLE_LABELS } from "../invite-link.ts";

const INVITE_ROLES = [
  { value: "caregiver", label: "Caregiver" },
  { value: "viewer", label: "Viewer" },
] as const;

const VALIDITY = [
  { hours: 24, label: "1 day" },
  { hours: 72, label: "3 days" },
  { hours: 168, label: "7 days" },
];

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** Who can see this baby; owners invite, change roles and revoke; anyone can leave. */
export function CaregiversView({ baby }: { baby: Baby }) {
  const isOwner = baby.role === "owner";
  return (
    <div className="space-y-6">
      {isOwner ? (
        <InviteSection babyId={baby.babyId} />
      ) : (
        <p className="text-sm text-stone-600">Only the baby's owners can invite people or change who has access.</p>
      )}
      <Members baby={baby} />
      {isOwner && <PendingInvitations babyId={baby.babyId} />}
    </div>
  );
}

function InviteSection({ babyId }: { babyId: string }) {
  const invite = useInvite();
  const [role, setRole] = useState<"caregiver" | "viewer">("caregiver");
  const [hours, setHours] = useState(72);
  const [copied, setCopied] = useState(false);
  const link = invite.data ? inviteLink(window.location.origin, invite.data.token) : null;
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard permission: the link is selected in its field for a manual copy.
      (document.getElementById("invite-link") as HTMLInputElement | null)?.select();
    }
  };
  return (
    <section aria-labelledby="invite-heading" className="space-y-4 rounded-xl bg-white p-4 shadow-sm">
      <h2 id="invite-heading" className="text-lg font-semibold text-stone-900">
        Invite someone
      </h2>
      <Choice
        id="invite-role"
        legend="They can"
        options={INVITE_ROLES}
        value={role}
        onChange={setRole}
        hint={`${ROLE_LABELS.caregiver?.label}: add and edit records. ${ROLE_LABELS.viewer?.label}: only view.`}
      />
      <Field id="invite-valid" label="Link works for">
        <select
          id="invite-valid"
          className={inputClass}
          value={hours}
          onChange={(e) => setHours(Number(e.target.value))}
        >
          {VALIDITY.map((v) => (
            <option key={v.hours} value={v.hours}>
              {v.label}
            </option>
          ))}
        </select>
      </Field>
      <Button
        className="w-full sm:w-auto"
        disabled={invite.isPending}
        onClick={() => invite.mutate({ babyId, role, validForHours: hours })}
      >
        <Link2 aria-hidden className="size-5" /> {invite.isPending ? "Creating link…" : "Create invitation link"}
      </Button>
      <ChangeProblem error={invite.error} />
      {link && invite.data && (
        <div className="space-y-2 rounded-lg border border-teal-200 bg-teal-50 p-3">
          <Field id="invite-link" label="Invitation link">
            <div className="flex gap-2">
              <input
                id="invite-link"
                readOnly
                className={`${inputClass} min-w-0 flex-1 text-sm`}
                value={link}
                onFocus={(e) => e.target.select()}
              />
              <Button variant="secondary" onClick={() => void copy()} aria-label="Copy link">
                {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
                {copied ? "Copied" : "Copy"}
              </Button>
            </div>
          </Field>
          <p className="text-sm text-teal-950">
            Send it to one person ({ROLE_LABELS[invite.data.invitation.role]?.label.toLowerCase()}). It works once,
            until {when(invite.data.invitation.expiresAt)}. It is shown only now.
          </p>
        </div>
      )}
    </section>
  );
}

function Members({ baby }: { baby: Baby }) {
  const { t } = useTranslation("feedback");
  const members = useMembers(baby.babyId);
  const me = useMe();
  const changeRole = useChangeRole();
  const remove = useRemoveMember();
  const navigate = useNavigate();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const isOwner = baby.role === "owner";
  if (!members.data)
    return members.isError ? (
      <ErrorState error={members.error} onRetry={() => void members.refetch()} />
    ) : (
      <Loading label="Loading family…" />
    );
  const myId = me.data?.userId;
  const leave = () =>
    myId &&
    remove.mutate(
      { babyId: baby.babyId, userId: myId },
      {
        onSuccess: async () => {
          queryClient.removeQueries({ queryKey: trpc.babies.get.queryKey({ babyId: baby.babyId }) });
          await queryClient.invalidateQueries({ queryKey: trpc.babies.list.queryKey() });
          await navigate({ to: "/" });
        },
      },
    );
  return (
    <section aria-labelledby="members-heading" className="space-y-3">
      <h2 id="members-heading" className="text-xl font-semibold text-stone-900">
        People with access
      </h2>
      <ul aria-label="Members" className="divide-y divide-stone-200 rounded-xl bg-white shadow-sm">
        {members.data.map((m) => {
          const self = m.userId === myId;
          const name = self ? `${m.displayName} (you)` : m.displayName;
          return (
            <li key={m.userId} className="space-y-2 p-4">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="break-words font-medium text-stone-900">{name}</p>
                  <p className="text-sm text-stone-500">
                    {ROLE_LABELS[m.role]?.label ?? m.role} · since {showDate(m.since.slice(0, 10))}
                  </p>
                </div>
              </div>
              {isOwner && !self && (
                <div className="flex flex-wrap items-end gap-2">
                  <Field id={`role-${m.userId}`} label={`Role of ${m.displayName}`}>
                    <select
                      id={`role-${m.userId}`}
                      className={`${inputClass} w-40`}
                      value={m.role}
                      disabled={changeRole.isPending}
                      onChange={(e) =>
                        changeRole.mutate({ babyId: baby.babyId, userId: m.userId, role: e.target.value as Role })
                      }
                    >
                      {Object.entries(ROLE_LABELS).map(([value, r]) => (
                        <option key={value} value={value}>
                          {r.label}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <ConfirmButton
                    variant="quiet"
                    disabled={remove.isPending}
                    title={t("confirm.revokeTitle", { name: m.displayName })}
                    description={t("confirm.revokeBody", { name: m.displayName, baby: baby.name })}
                    confirmLabel={t("confirm.revoke")}
                    onConfirm={() => remove.mutate({ babyId: baby.babyId, userId: m.userId })}
                  >
                    <UserMinus aria-hidden className="size-4" /> Revoke access
                  </ConfirmButton>
                </div>
              )}
              {self && (
                <ConfirmButton
                  variant="quiet"
                  disabled={remove.isPending}
                  title={t("confirm.leaveTitle", { baby: baby.name })}
                  description={t("confirm.leaveBody", { baby: baby.name })}
                  confirmLabel={t("confirm.leave")}
                  onConfirm={leave}
                >
                  <LogOut aria-hidden className="size-4" /> Leave
                </ConfirmButton>
              )}
            </li>
          );
        })}
      </ul>
      <ChangeProblem error={changeRole.error ?? remove.error} />
    </section>
  );
}

function PendingInvitations({ babyId }: { babyId: string }) {
  const { t } = useTranslation("feedback");
  const invitations = useInvitations(babyId, true);
  const cancel = useCancelInvitation();
  if (!invitations.data)
    return invitations.isError ? (
      <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
    ) : (
      <Loading label="Loading invitations…" />
    );
  return (
    <section aria-labelledby="pending-heading" className="space-y-3">
      <h2 id="pending-heading" className="text-xl font-semibold text-stone-900">
        Pending invitations
      </h2>
      {invitations.data.length === 0 ? (
        <p className="text-sm text-stone-600">No invitation is waiting to be used.</p>
      ) : (
        <ul aria-label="Pending invitations" className="divide-y divide-stone-200 rounded-xl bg-white shadow-sm">
          {invitations.data.map((i) => (
            <li key={i.invitationId} className="flex items-center justify-between gap-3 p-4">
              <span className="min-w-0 text-sm">
                <span className="block font-medium text-stone-900">{ROLE_LABELS[i.role]?.label ?? i.role}</span>
                <span className="block text-stone-500">Works until {when(i.expiresAt)}</span>
              </span>
              <ConfirmButton
                variant="quiet"
                disabled={cancel.isPending}
                title={t("confirm.cancelInvitationTitle")}
                description={t("confirm.cancelInvitationBody")}
                confirmLabel={t("confirm.cancelInvitation")}
                onConfirm={() => cancel.mutate({ babyId, invitationId: i.invitationId })}
              >
                <X aria-hidden className="size-4" /> Cancel
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
      <ChangeProblem error={cancel.error} />
    </section>
  );
}
