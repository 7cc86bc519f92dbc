import { measurementFields } from "@upnest/schemas";
import { RefreshCw } from "lucide-react";
import { Button } from "../../../components/button.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { describeError } from "../../../lib/errors.ts";
import { useUnits } from "../../../lib/preferences.ts";
import { useMeasurement, useUpdateMeasurement } from "../api/measurements.ts";
import { editedMeasurement, measurementToValues } from "../form-values.ts";
import { MeasurementForm } from "./measurement-form.tsx";

/**
 * The add form, filled in with a measurement as saved, in the person's units. It saves at the version read here:
 * if someone changed the measurement meanwhile, it says so and offers to load theirs (nothing is overwritten).
 */
export function EditMeasurement({
  babyId,
  measurementId,
  onSaved,
}: {
  babyId: string;
  measurementId: string;
  onSaved: () => void;
}) {
  const { units, ready } = useUnits();
  const stored = useMeasurement(babyId, measurementId);
  const update = useUpdateMeasurement();
  const t = useT();
  if (stored.isError) return <ErrorState error={stored.error} onRetry={() => void stored.refetch()} />;
  if (!stored.data || !ready) return <Loading />;
  const m = stored.data;
  const conflict = update.isError && describeError(update.error).kind === "conflict";
  const reload = async () => {
    await stored.refetch();
    update.reset();
  };
  return (
    <MeasurementForm
      // A reloaded measurement (new version) starts the form again from what is saved now.
      key={m.version}
      units={units}
      initial={measurementToValues(m, units)}
      submitLabel={t("saveChanges")}
      pending={update.isPending}
      error={update.error}
      errorAction={
        conflict && (
          <Button variant="secondary" onClick={() => void reload()}>
            <RefreshCw aria-hidden className="size-4" /> {t("reload")}
          </Button>
        )
      }
      onSubmit={(values) => {
        const fields = measurementFields.parse(editedMeasurement(m, values, units));
        update.mutate({ babyId, measurementId, version: m.version, ...fields }, { onSuccess: onSaved });
      }}
    />
  );
}
