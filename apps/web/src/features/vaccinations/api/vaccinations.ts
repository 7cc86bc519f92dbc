import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type Vaccination, type VaccinationSchedule, vaccinationFields } from "@upnest/schemas";
import { i18n } from "../../../i18n/i18n.ts";
import { useRecordDelete, useRecordWrite, useRefreshRecords } from "../../../lib/record-queries.ts";
import { useTRPC } from "../../../lib/trpc.ts";

/** Every vaccine group's status and next dose, and each dose's evaluation. */
export function useVaccinationStatus(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.vaccinations.status.queryOptions({ babyId }));
}

/** The vaccines a family can pick from; the list only changes with a release. */
export function useVaccineProducts() {
  const trpc = useTRPC();
  return useQuery(trpc.vaccinations.products.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY }));
}

/** The recorded doses with everything entered (lot, clinic, reactions) and their versions, for editing. */
export function useDoses(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.vaccinations.list.queryOptions({ babyId, limit: 100 }));
}

/** After any change to the doses, the status and list are read again. */
const useRefreshDoses = () => useRefreshRecords("vaccinations");

export const useAddDose = () => useRecordWrite("vaccinations", "add", "doseSaved");
export const useUpdateDose = () => useRecordWrite("vaccinations", "update", "doseSaved");

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
  return { ...remove, deleteDose: (dose: Vaccination) => remove.deleteRecord(dose) };
}

/** Switches the baby between CDC's and WHO's schedule; the profile and the forecast follow. */
export function useSetSchedule() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshDoses();
  const update = useMutation(
    trpc.babies.update.mutationOptions({
      meta: { done: "scheduleChanged" },
      onSuccess: (baby) => {
        queryClient.setQueryData(trpc.babies.get.queryKey({ babyId: baby.babyId }), baby);
        return refresh();
      },
    }),
  );
  return {
    ...update,
    setSchedule: (babyId: string, version: number, vaccinationSchedule: VaccinationSchedule) =>
      update.mutate({ babyId, version, patch: { vaccinationSchedule } }),
  };
}
