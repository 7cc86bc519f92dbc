import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NotificationPreferences, UserProfile } from "@upnest/schemas";
import { i18n } from "../../../i18n/i18n.ts";
import { notify } from "../../../lib/notify.ts";
import { useTRPC, useTRPCClient } from "../../../lib/trpc.ts";

// The reminders procedures the settings page uses (apps/api's reminders router). Each change reads again what
// it changed; what it tells the person is in the `reminders` texts.

type Told = "test.sent" | "devices.turnedOff" | "calendar.renewed" | "calendar.turnedOff";
const told = (key: Told) => () => notify("done", () => i18n.t(`reminders:${key}`));

/** The server's VAPID public key (null: Web Push is not configured on this server). */
export function useVapidKey() {
  const trpc = useTRPC();
  return useQuery(trpc.reminders.vapidPublicKey.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY }));
}

/** The person's devices that get notifications. */
export function useDevices() {
  const trpc = useTRPC();
  return useQuery(trpc.reminders.devices.queryOptions(undefined, { staleTime: 0 }));
}

export function useSubscribe() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.reminders.subscribe.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.reminders.devices.queryKey() }),
    }),
  );
}

export function useUnsubscribe() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.reminders.unsubscribe.mutationOptions({
      onSuccess: () => {
        told("devices.turnedOff")();
        return queryClient.invalidateQueries({ queryKey: trpc.reminders.devices.queryKey() });
      },
    }),
  );
}

/**
 * Saves the person's reminder preferences at the version of the profile they were read from (a save elsewhere in
 * between is a conflict, never overwritten); the page then reads the saved profile.
 */
export function useSaveNotifications() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ profile, notifications }: { profile: UserProfile; notifications: NotificationPreferences }) =>
      client.users.updateProfile.mutate({ version: profile.version, notifications }),
    onSuccess: (saved) => queryClient.setQueryData(trpc.users.me.queryKey(), saved),
  });
}

export function useSendTest() {
  const trpc = useTRPC();
  return useMutation(trpc.reminders.sendTest.mutationOptions({ onSuccess: told("test.sent") }));
}

/** The person's calendar feed address, or null when they have none. */
export function useCalendar() {
  const trpc = useTRPC();
  return useQuery(trpc.reminders.calendar.queryOptions(undefined, { staleTime: 0 }));
}

/** Makes the calendar link, or a new one in place of the old (which stops working). */
export function useCreateCalendar({ renewing }: { renewing: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.reminders.createCalendar.mutationOptions({
      onSuccess: (made) => {
        queryClient.setQueryData(trpc.reminders.calendar.queryKey(), made);
        if (renewing) told("calendar.renewed")();
      },
    }),
  );
}

export function useRevokeCalendar() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.reminders.revokeCalendar.mutationOptions({
      onSuccess: () => {
        queryClient.setQueryData(trpc.reminders.calendar.queryKey(), { url: null });
        told("calendar.turnedOff")();
      },
    }),
  );
}

/** What the person will be reminded of about one baby, soonest first. */
export function useUpcoming(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.reminders.upcoming.queryOptions({ babyId }, { staleTime: 60_000 }));
}
