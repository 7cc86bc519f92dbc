import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { formatDateTime } from "@upnest/i18n";
import type { Baby, CreateInvitationInput, Role } from "@upnest/schemas";
import { Check, Copy, Link2, LogOut, UserMinus, X } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { ConfirmButton } from "../../../components/confirm.tsx";
import { Field, inputClass } from "../../../components/field.tsx";
import { ChangeProblem } from "../../../components/permission.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { IntegrationsLink } from "../../integrations/components/integrations-link.tsx";
import {
  useCancelInvitation,
  useChangeRole,
  useInvitations,
  useInvite,
  useMe,
  useMembers,
  useRemoveMember,
} from "../api/caregivers.ts";
import { inviteLink } from "../invite-link.ts";

const VALIDITY_DAYS = [1, 3, 7];
const ROLES = ["owner", "caregiver", "viewer"] as const;

const when = (iso: string) => formatDateTime(iso, currentLanguage());

/** Who can see this baby; owners invite, change roles and revoke; anyone can leave. */
export function CaregiversView({ baby }: { baby: Baby }) {
  const isOwner = baby.role === "owner";
  const t = useT();
  return (
    <div className="space-y-6">
      {isOwner ? (
        <InviteSection babyId={baby.babyId} />
      ) : (
        <p className="text-sm text-stone-600">{t("family:ownersOnly")}</p>
      )}
      <Members baby={baby} />
      {isOwner && <PendingInvitations babyId={baby.babyId} />}
      {isOwner && <IntegrationsLink babyId={baby.babyId} />}
    </div>
  );
}

function InviteSection({ babyId }: { babyId: string }) {
  const t = useT();
  const invite = useInvite();
  const [role, setRole] = useState<CreateInvitationInput["role"]>("caregiver");
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
        {t("family:invite.title")}
      </h2>
      <Choice
        id="invite-role"
        legend={t("family:invite.theyCan")}
        options={[
          { value: "caregiver", label: t("roles.caregiver") },
          { value: "viewer", label: t("roles.viewer") },
        ]}
        value={role}
        onChange={setRole}
        hint={t("family:invite.roleHint")}
      />
      <Field id="invite-valid" label={t("family:invite.validFor")}>
        <select
          id="invite-valid"
          className={inputClass}
          value={hours}
          onChange={(e) => setHours(Number(e.target.value))}
        >
          {VALIDITY_DAYS.map((days) => (
            <option key={days} value={days * 24}>
              {t("family:invite.days", { count: days })}
            </option>
          ))}
        </select>
      </Field>
      <Button
        className="w-full sm:w-auto"
        disabled={invite.isPending}
        onClick={() => invite.mutate({ babyId, role, validForHours: hours })}
      >
        <Link2 aria-hidden className="size-5" />{" "}
        {invite.isPending ? t("family:invite.creating") : t("family:invite.create")}
      </Button>
      <ChangeProblem error={invite.error} />
      {link && invite.data && (
        <div className="space-y-2 rounded-lg border border-teal-200 bg-teal-50 p-3">
          <Field id="invite-link" label={t("family:invite.link")}>
            <div className="flex gap-2">
              <input
                id="invite-link"
                readOnly
                className={`${inputClass} min-w-0 flex-1 text-sm`}
                value={link}
                onFocus={(e) => e.target.select()}
              />
              <Button variant="secondary" onClick={() => void copy()} aria-label={t("family:invite.copyLink")}>
                {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
                {copied ? t("family:invite.copied") : t("family:invite.copy")}
              </Button>
            </div>
          </Field>
          <p className="text-sm text-teal-950">
            {t("family:invite.sendIt", {
              role: t(`family:roleWord.${invite.data.invitation.role}`),
              until: when(invite.data.invitation.expiresAt),
            })}
          </p>
        </div>
      )}
    </section>
  );
}

function Members({ baby }: { baby: Baby }) {
  const t = useT();
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
      <Loading label={t("family:members.loading")} />
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
        {t("family:members.title")}
      </h2>
      <ul aria-label={t("family:members.label")} className="divide-y divide-stone-200 rounded-xl bg-white shadow-sm">
        {members.data.map((m) => {
          const self = m.userId === myId;
          const name = self ? t("family:members.you", { name: m.displayName }) : m.displayName;
          return (
            <li key={m.userId} className="space-y-2 p-4">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="break-words font-medium text-stone-900">{name}</p>
                  <p className="text-sm text-stone-500">
                    {t("family:members.roleSince", {
                      role: t(`roles.${m.role}`),
                      date: showDate(m.since.slice(0, 10)),
                    })}
                  </p>
                </div>
              </div>
              {isOwner && !self && (
                <div className="flex flex-wrap items-end gap-2">
                  <Field id={`role-${m.userId}`} label={t("family:members.roleOf", { name: m.displayName })}>
                    <select
                      id={`role-${m.userId}`}
                      className={`${inputClass} w-40`}
                      value={m.role}
                      disabled={changeRole.isPending}
                      onChange={(e) =>
                        changeRole.mutate({ babyId: baby.babyId, userId: m.userId, role: e.target.value as Role })
                      }
                    >
                      {ROLES.map((value) => (
                        <option key={value} value={value}>
                          {t(`roles.${value}`)}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <ConfirmButton
                    variant="quiet"
                    disabled={remove.isPending}
                    title={t("feedback:confirm.revokeTitle", { name: m.displayName })}
                    description={t("feedback:confirm.revokeBody", { name: m.displayName, baby: baby.name })}
                    confirmLabel={t("feedback:confirm.revoke")}
                    onConfirm={() => remove.mutate({ babyId: baby.babyId, userId: m.userId })}
                  >
                    <UserMinus aria-hidden className="size-4" /> {t("family:members.revoke")}
                  </ConfirmButton>
                </div>
              )}
              {self && (
                <ConfirmButton
                  variant="quiet"
                  disabled={remove.isPending}
                  title={t("feedback:confirm.leaveTitle", { baby: baby.name })}
                  description={t("feedback:confirm.leaveBody", { baby: baby.name })}
                  confirmLabel={t("feedback:confirm.leave")}
                  onConfirm={leave}
                >
                  <LogOut aria-hidden className="size-4" /> {t("family:members.leave")}
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
  const t = useT();
  const invitations = useInvitations(babyId, true);
  const cancel = useCancelInvitation();
  if (!invitations.data)
    return invitations.isError ? (
      <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
    ) : (
      <Loading label={t("family:pending.loading")} />
    );
  return (
    <section aria-labelledby="pending-heading" className="space-y-3">
      <h2 id="pending-heading" className="text-xl font-semibold text-stone-900">
        {t("family:pending.title")}
      </h2>
      {invitations.data.length === 0 ? (
        <p className="text-sm text-stone-600">{t("family:pending.none")}</p>
      ) : (
        <ul aria-label={t("family:pending.title")} className="divide-y divide-stone-200 rounded-xl bg-white shadow-sm">
          {invitations.data.map((i) => (
            <li key={i.invitationId} className="flex items-center justify-between gap-3 p-4">
              <span className="min-w-0 text-sm">
                <span className="block font-medium text-stone-900">{t(`roles.${i.role}`)}</span>
                <span className="block text-stone-500">{t("family:pending.until", { until: when(i.expiresAt) })}</span>
              </span>
              <ConfirmButton
                variant="quiet"
                disabled={cancel.isPending}
                title={t("feedback:confirm.cancelInvitationTitle")}
                description={t("feedback:confirm.cancelInvitationBody")}
                confirmLabel={t("feedback:confirm.cancelInvitation")}
                onConfirm={() => cancel.mutate({ babyId, invitationId: i.invitationId })}
              >
                <X aria-hidden className="size-4" /> {t("cancel")}
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
      <ChangeProblem error={cancel.error} />
    </section>
  );
}
