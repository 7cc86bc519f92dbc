import { formatDateTime } from "@upnest/i18n";
import type { UserProfile } from "@upnest/schemas";
import { BellRing, MonitorSmartphone } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "../../../components/button.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { currentLanguage, i18n } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { notify } from "../../../lib/notify.ts";
import { Problem, Section } from "../../account/components/section.tsx";
import { useDevices, useSaveNotifications, useSubscribe, useUnsubscribe, useVapidKey } from "../api/reminders.ts";
import {
  currentSubscription,
  PushSetupError,
  pushPermission,
  subscribeThisDevice,
  unsubscribeThisDevice,
} from "../push.ts";
import { TestReminder } from "./test-reminder.tsx";

type Reason = PushSetupError["reason"];

/**
 * Notifications: turning them on for this device (the browser asks its permission only when the person taps),
 * what stops them (blocked, unsupported, no push service), the person's devices that get them with "Turn off"
 * each, and a test reminder.
 */
export function DeviceSection({ profile }: { profile: UserProfile }) {
  const t = useT();
  const vapid = useVapidKey();
  const devices = useDevices();
  const subscribe = useSubscribe();
  const unsubscribe = useUnsubscribe();
  const save = useSaveNotifications();
  const [permission, setPermission] = useState(pushPermission);
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [reason, setReason] = useState<Reason | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void currentSubscription().then((s) => setEndpoint(s?.endpoint ?? null));
  }, []);

  const listed = devices.data ?? [];
  const on = endpoint !== null && listed.some((d) => d.endpoint === endpoint);
  const publicKey = vapid.data?.publicKey ?? null;
  const turnOn = async () => {
    if (!publicKey) return;
    setBusy(true);
    setReason(null);
    try {
      const subscription = await subscribeThisDevice(publicKey);
      await subscribe.mutateAsync(subscription);
      setEndpoint(subscription.endpoint);
      // Turned on here but off for every device in the profile: on, or nothing would arrive.
      if (!profile.notifications.push)
        await save.mutateAsync({ profile, notifications: { ...profile.notifications, push: true } });
      notify("done", () => i18n.t("reminders:device.turnedOn"));
    } catch (error) {
      // The API's refusals are told by the notices (app/provider.tsx); the browser's are said here.
      if (error instanceof PushSetupError) setReason(error.reason);
    } finally {
      setPermission(pushPermission());
      setBusy(false);
    }
  };
  const turnOff = async (target: string) => {
    if (target === endpoint) await unsubscribeThisDevice().catch(() => null);
    await unsubscribe.mutateAsync({ endpoint: target }).catch(() => undefined);
    if (target === endpoint) setEndpoint(null);
  };

  const stopped: Reason | "notSetUp" | null =
    permission === "unsupported"
      ? "unsupported"
      : permission === "denied"
        ? "denied"
        : vapid.isSuccess && !publicKey
          ? "notSetUp"
          : reason;
  return (
    <Section title={t("reminders:device.title")}>
      {!devices.data ? null : on ? (
        <p className="flex items-center gap-2 text-stone-800">
          <BellRing aria-hidden className="size-5 shrink-0 text-teal-700" />
          {t("reminders:device.on")}
        </p>
      ) : (
        <div className="space-y-3">
          <p className="text-stone-700">{t("reminders:device.off")}</p>
          {stopped && <Problem>{t(`reminders:device.${stopped === "denied" ? "blocked" : stopped}`)}</Problem>}
          {stopped !== "unsupported" && stopped !== "denied" && stopped !== "notSetUp" && (
            <>
              {permission === "default" && <p className="text-sm text-stone-600">{t("reminders:device.asks")}</p>}
              <Button className="w-full sm:w-auto" disabled={busy || !publicKey} onClick={() => void turnOn()}>
                <BellRing aria-hidden className="size-5" />
                {busy ? t("reminders:device.turningOn") : t("reminders:device.turnOn")}
              </Button>
            </>
          )}
        </div>
      )}
      {devices.isError ? (
        <ErrorState error={devices.error} onRetry={() => void devices.refetch()} />
      ) : !devices.data ? (
        <Loading />
      ) : listed.length === 0 ? (
        <p className="text-sm text-stone-600">{t("reminders:devices.none")}</p>
      ) : (
        <ul aria-label={t("reminders:devices.list")} className="divide-y divide-stone-200">
          {listed.map((d) => {
            const name = d.device || t("reminders:devices.unnamed");
            return (
              <li key={d.endpoint} aria-label={name} className="flex flex-wrap items-center gap-3 py-3">
                <MonitorSmartphone aria-hidden className="size-6 shrink-0 text-stone-500" />
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium text-stone-900">
                    {name}
                    {d.endpoint === endpoint && (
                      <span className="rounded-full bg-teal-50 px-2 py-0.5 text-xs font-semibold text-teal-800">
                        {t("reminders:devices.thisDevice")}
                      </span>
                    )}
                  </p>
                  <p className="text-sm text-stone-600">
                    {t("reminders:devices.since", { date: formatDateTime(d.createdAt, currentLanguage()) })}
                  </p>
                </div>
                <Button
                  variant="secondary"
                  className="min-w-28"
                  aria-label={t("reminders:devices.turnOffOn", { device: name })}
                  disabled={unsubscribe.isPending}
                  onClick={() => void turnOff(d.endpoint)}
                >
                  {t("reminders:devices.turnOff")}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <TestReminder canSend={profile.notifications.email || listed.length > 0} />
    </Section>
  );
}
