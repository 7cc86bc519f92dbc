import { useNavigate } from "@tanstack/react-router";
import { RefreshCw } from "lucide-react";
import { Button } from "../../../components/button.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { describeError } from "../../../lib/errors.ts";
import { useProfile, useUnits } from "../../../lib/preferences.ts";
import { deviceTimezone } from "../../settings/timezones.ts";
import { useBaby } from "../api/babies.ts";
import { useUpdateBaby } from "../api/update-baby.ts";
import { babyToValues, heightsToSend, personalZone, zoneToSend } from "../form-values.ts";
import { BabyForm } from "./baby-form.tsx";

/**
 * Edits the profile at the version loaded here; if someone else saved first, offers to reload theirs. A baby from
 * before babies had a time zone shows the zone in use (the person's own) until one is chosen. The parents' heights
 * are typed in the person's units.
 */
export function EditBaby({ babyId }: { babyId: string }) {
  const navigate = useNavigate();
  const baby = useBaby(babyId);
  const profile = useProfile();
  const update = useUpdateBaby();
  const { units } = useUnits();
  const t = useT();
  if (baby.isPending || profile.isPending) return <Loading />;
  if (baby.isError) return <ErrorState error={baby.error} onRetry={() => void baby.refetch()} />;
  const conflict = update.isError && describeError(update.error).kind === "conflict";
  const zoneInUse = personalZone(profile.data?.timezone, deviceTimezone());
  const reload = async () => {
    await baby.refetch();
    update.reset();
  };
  return (
    <BabyForm
      // A reloaded profile (new version) starts the form again from what is saved now.
      key={baby.data.version}
      initial={babyToValues(baby.data, zoneInUse)}
      units={units}
      withZone
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
      onSubmit={(fields, values) =>
        update.mutate(
          {
            babyId,
            version: baby.data.version,
            patch: {
              ...fields,
              gestationalAgeWeeks: fields.gestationalAgeWeeks ?? null,
              timeZone: zoneToSend(baby.data.timeZone, fields.timeZone, zoneInUse),
              // An emptied height is null: it clears the one saved.
              ...heightsToSend(baby.data, values, units),
            },
          },
          { onSuccess: () => navigate({ to: "/babies/$babyId", params: { babyId } }) },
        )
      }
    />
  );
}
