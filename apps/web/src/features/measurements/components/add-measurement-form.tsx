import { measurementFields } from "@upnest/schemas";
import { useState } from "react";
import { Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { localToday } from "../../../lib/dates.ts";
import { idempotencyKeys } from "../../../lib/idempotency.ts";
import { useUnits } from "../../../lib/preferences.ts";
import { useAddMeasurement } from "../api/add-measurement.ts";
import { emptyMeasurement, valuesToMeasurement } from "../form-values.ts";
import { MeasurementForm } from "./measurement-form.tsx";

/** A new measurement, dated today unless changed; a retried save is the same request (its idempotency key). */
export function AddMeasurementForm({ babyId, onSaved }: { babyId: string; onSaved: () => void }) {
  const { units, ready } = useUnits();
  const add = useAddMeasurement();
  const [keyFor] = useState(() => idempotencyKeys());
  const t = useT();
  // The units are known before the form appears, so its fields never change under someone's fingers.
  if (!ready) return <Loading />;
  return (
    <MeasurementForm
      units={units}
      initial={emptyMeasurement(localToday())}
      submitLabel={t("growth:form.save")}
      pending={add.isPending}
      error={add.error}
      onSubmit={(values) => {
        const fields = measurementFields.parse(valuesToMeasurement(values, units));
        add.mutate({ babyId, ...fields, idempotencyKey: keyFor(fields) }, { onSuccess: onSaved });
      }}
    />
  );
}
