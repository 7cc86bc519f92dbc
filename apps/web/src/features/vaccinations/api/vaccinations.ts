import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Baby, BabyCondition, MaternalRsvVaccine, VaccinationSchedule } from "@upnest/schemas";
import { vaccinationFields } from "@upnest/schemas";
import { i18n } from "../../../i18n/i18n.ts";
import { type RecordOfKind, useRecordDelete, useRecordWrite, useRefreshRecords } from "../../../lib/record-queries.ts";
import { useTRPC } from "../../../lib/trpc.ts";

/** The whole page in one call: the next visits, every group with its status and category, each dose's evaluation. */
export function useVaccinationOverview(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.vaccinations.overview.queryOptions({ babyId }));
}

/** CDC's and WHO's product names by CVX (the history names a dose's vaccine); the list only changes with a release. */
export function useVaccineProducts() {
  const trpc = useTRPC();
  return useQuery(trpc.vaccinations.products.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY }));
}

/** After any change to the doses or the profile, the page's data is read again. */
const useRefreshDoses = () => useRefreshRecords("vaccinations");

export const useUpdateDose = () => useRecordWrite("vaccinations", "update", "doseSaved");
const useAddDose = () => useRecordWrite("vaccinations", "add", "doseSaved");

/** A visit's doses (date and clinic once, one or more vaccines), written together in one call. */
export function useAddVisit() {
  const trpc = useTRPC();
  const refresh = useRefreshDoses();
  return useMutation(trpc.vaccinations.addVisit.mutationOptions({ meta: { done: "visitSaved" }, onSuccess: refresh }));
}

/** A dose as the page has it (the overview's): enough to delete it and to record it again with Undo. */
type PageDose = Pick<RecordOfKind<"vaccinations">, "vaccinationId" | "version" | "dateGiven" | "cvx"> & {
  lotNumber?: string | undefined;
  clinic?: string | undefined;
  reactions?: string | undefined;
  givenAbroad?: boolean | undefined;
};

/** Deletes a dose at once; the notice offers Undo, which records the same dose again. */
export function useDeleteDose(babyId: string) {
  const add = useAddDose();
  const remove = useRecordDelete(
    "vaccinations",
    babyId,
    {
      deleted: () => i18n.t("feedback:undoable.doseDeleted"),
      restored: () => i18n.t("feedback:undoable.doseRestored"),
    },
    (dose) => add.mutateAsync({ babyId, ...vaccinationFields.parse(dose) }),
  );
  return { ...remove, deleteDose: (dose: PageDose) => remove.deleteRecord(dose as RecordOfKind<"vaccinations">) };
}

/** Saves a profile change made on this page (the schedule, the conditions, the mother's RSV vaccine). */
function useBabyPatch(done: "scheduleChanged" | "healthSaved") {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshDoses();
  return useMutation(
    trpc.babies.update.mutationOptions({
      meta: { done },
      onSuccess: (baby) => {
        queryClient.setQueryData(trpc.babies.get.queryKey({ babyId: baby.babyId }), baby);
        return Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: trpc.babies.list.queryKey() })]);
      },
    }),
  );
}

/** Switches the baby between CDC's and WHO's schedule; the profile and the forecast follow. */
export function useSetSchedule() {
  const update = useBabyPatch("scheduleChanged");
  return {
    ...update,
    setSchedule: (babyId: string, version: number, vaccinationSchedule: VaccinationSchedule) =>
      update.mutate({ babyId, version, patch: { vaccinationSchedule } }),
  };
}

/** Saves the child's conditions and the mother's RSV vaccine (an empty list or no answer clears them). */
export function useSaveHealth() {
  const update = useBabyPatch("healthSaved");
  return {
    ...update,
    saveHealth: (
      baby: Pick<Baby, "babyId" | "version">,
      conditions: BabyCondition[],
      maternalRsvVaccine: MaternalRsvVaccine | null,
      onSuccess: () => void,
    ) =>
      update.mutate(
        {
          babyId: baby.babyId,
          version: baby.version,
          patch: { conditions: conditions.length === 0 ? null : conditions, maternalRsvVaccine },
        },
        { onSuccess },
      ),
  };
}
