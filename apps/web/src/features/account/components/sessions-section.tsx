import { LogOut, MonitorSmartphone } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/button.tsx";
import { ConfirmButton } from "../../../components/confirm.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { describeError } from "../../../lib/errors.ts";
import { useSignOut } from "../../auth/api/use-sign-out.ts";
import { useEndAllSessions, useEndSession, useSessions } from "../api/sessions.ts";
import { lastUsedLabel, orderSessions, signedInLabel } from "../sessions.ts";
import { Problem, Section } from "./section.tsx";

/** Where the account is signed in: each device, with a sign-out each, and "sign out everywhere". */
export function SessionsSection() {
  const { t } = useTranslation("feedback");
  const sessions = useSessions();
  const endOne = useEndSession();
  const endAll = useEndAllSessions();
  const thisDevice = useSignOut();
  const error = endOne.error ?? endAll.error;
  return (
    <Section title="Where you're signed in">
      {!sessions.data ? (
        sessions.isError ? (
          <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : (
          <Loading label="Finding your devices…" />
        )
      ) : (
        <ul aria-label="Signed-in devices" className="divide-y divide-stone-200">
          {orderSessions(sessions.data).map((s) => (
            <li key={s.sessionId} aria-label={s.device} className="flex flex-wrap items-center gap-3 py-3">
              <MonitorSmartphone aria-hidden className="size-6 shrink-0 text-stone-500" />
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium text-stone-900">
                  {s.device}
                  {s.current && (
                    <span className="whitespace-nowrap rounded-full bg-teal-50 px-2 py-0.5 text-xs font-semibold text-teal-800">
                      This device
                    </span>
                  )}
                </p>
                <p className="text-sm text-stone-600">{lastUsedLabel(s.lastUsedAt)}</p>
                <p className="text-sm text-stone-600">{signedInLabel(s.signedInAt)}</p>
              </div>
              {s.current ? (
                <Button
                  variant="secondary"
                  className="min-w-28"
                  aria-label="Sign out on this device"
                  disabled={thisDevice.isPending}
                  onClick={() => void thisDevice.signOut()}
                >
                  Sign out
                </Button>
              ) : (
                <ConfirmButton
                  className="min-w-28"
                  aria-label={`Sign out on ${s.device}`}
                  disabled={endOne.isPending}
                  title={t("confirm.signOutDeviceTitle", { device: s.device })}
                  description={t("confirm.signOutDeviceBody")}
                  confirmLabel={t("confirm.signOutDevice")}
                  onConfirm={() => endOne.mutate({ sessionId: s.sessionId })}
                >
                  Sign out
                </ConfirmButton>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && <Problem>{describeError(error).message}</Problem>}
      <p className="text-sm text-stone-600">
        Lost a phone, or signed in somewhere you shouldn't have? This signs out every device, this one too. Changing
        your password does the same.
      </p>
      <ConfirmButton
        className="w-full border-red-300 text-red-800 sm:w-auto"
        disabled={endAll.isPending}
        title={t("confirm.signOutEverywhereTitle")}
        description={t("confirm.signOutEverywhereBody")}
        confirmLabel={t("confirm.signOutEverywhere")}
        onConfirm={() => endAll.mutate({ confirm: "everywhere" })}
      >
        <LogOut aria-hidden className="size-4" /> {endAll.isPending ? "Signing out…" : "Sign out everywhere"}
      </ConfirmButton>
    </Section>
  );
}
