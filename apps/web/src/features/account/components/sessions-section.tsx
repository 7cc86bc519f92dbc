import { LogOut, MonitorSmartphone } from "lucide-react";
import { Button } from "../../../components/button.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { describeError } from "../../../lib/errors.ts";
import { useSignOut } from "../../auth/api/use-sign-out.ts";
import { useEndAllSessions, useEndSession, useSessions } from "../api/sessions.ts";
import { lastUsedLabel, orderSessions, signedInLabel } from "../sessions.ts";
import { Problem, Section } from "./section.tsx";

/** Where the account is signed in: each device, with a sign-out each, and "sign out everywhere". */
export function SessionsSection() {
  const sessions = useSessions();
  const endOne = useEndSession();
  const endAll = useEndAllSessions();
  const thisDevice = useSignOut();
  const t = useT();
  const error = endOne.error ?? endAll.error;
  return (
    <Section title={t("account:sessions.title")}>
      {!sessions.data ? (
        sessions.isError ? (
          <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : (
          <Loading label={t("account:sessions.finding")} />
        )
      ) : (
        <ul aria-label={t("account:sessions.devices")} className="divide-y divide-stone-200">
          {orderSessions(sessions.data).map((s) => (
            <li key={s.sessionId} aria-label={s.device} className="flex flex-wrap items-center gap-3 py-3">
              <MonitorSmartphone aria-hidden className="size-6 shrink-0 text-stone-500" />
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium text-stone-900">
                  {s.device}
                  {s.current && (
                    <span className="whitespace-nowrap rounded-full bg-teal-50 px-2 py-0.5 text-xs font-semibold text-teal-800">
                      {t("account:sessions.thisDevice")}
                    </span>
                  )}
                </p>
                <p className="text-sm text-stone-600">{lastUsedLabel(s.lastUsedAt)}</p>
                <p className="text-sm text-stone-600">{signedInLabel(s.signedInAt)}</p>
              </div>
              <Button
                variant="secondary"
                className="min-w-28"
                aria-label={
                  s.current ? t("account:sessions.signOutHere") : t("account:sessions.signOutOn", { device: s.device })
                }
                disabled={endOne.isPending || thisDevice.isPending}
                onClick={() => (s.current ? void thisDevice.signOut() : endOne.mutate({ sessionId: s.sessionId }))}
              >
                {t("account:sessions.signOut")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && <Problem>{describeError(error).message}</Problem>}
      <p className="text-sm text-stone-600">{t("account:sessions.everywhereHint")}</p>
      <Button
        variant="secondary"
        className="w-full border-red-300 text-red-800 sm:w-auto"
        disabled={endAll.isPending}
        onClick={() => endAll.mutate({ confirm: "everywhere" })}
      >
        <LogOut aria-hidden className="size-4" />{" "}
        {endAll.isPending ? t("account:sessions.signingOut") : t("account:sessions.everywhere")}
      </Button>
    </Section>
  );
}
