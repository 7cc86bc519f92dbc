import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { idempotencyKeys } from "../../../lib/idempotency.ts";
import { useProfile, useUnits } from "../../../lib/preferences.ts";
import { deviceTimezone } from "../../settings/timezones.ts";
import { useCreateBaby } from "../api/create-baby.ts";
import { emptyBaby, personalZone } from "../form-values.ts";
import { BabyForm } from "./baby-form.tsx";

export function NewBaby() {
  const navigate = useNavigate();
  const create = useCreateBaby();
  const profile = useProfile();
  const { units, ready } = useUnits();
  const t = useT();
  // A second tap, or a retry after a lost answer, sends the same key: one baby.
  const [keyFor] = useState(() => idempotencyKeys());
  // The units are known before the form appears, so the heights' fields never change under someone's fingers.
  if (!ready) return <Loading />;
  return (
    <BabyForm
      initial={emptyBaby}
      units={units}
      submitLabel={t("babies:form.add")}
      pending={create.isPending}
      error={create.error}
      onSubmit={(fields) =>
        create.mutate(
          // The family's day starts as the person's own (their profile's zone, else this device's).
          {
            ...fields,
            timeZone: personalZone(profile.data?.timezone, deviceTimezone()),
            idempotencyKey: keyFor(fields),
          },
          { onSuccess: (baby) => navigate({ to: "/babies/$babyId", params: { babyId: baby.babyId } }) },
        )
      }
    />
  );
}
