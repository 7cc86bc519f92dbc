import type { Baby } from "@upnest/schemas";
import { ShieldAlert, ShieldCheck } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import type { CardReading, ReadDose } from "../api.ts";

const keyOf = (d: ReadDose) => `${d.cvx}|${d.date}`;

/**
 * What a card or a file says, before anything is added: who issued it (verified, or why not), who it is for
 * beside the baby, each dose marked New or Already recorded (the new ones with a checkbox), and what cannot be
 * added with the reason.
 */
export function CardReview({
  reading,
  baby,
  adding,
  onAdd,
}: {
  reading: CardReading;
  baby: Pick<Baby, "name" | "dateOfBirth">;
  adding: boolean;
  onAdd: (doses: ReadDose[]) => void;
}) {
  const t = useT();
  const fresh = reading.doses.filter((d) => d.status === "new");
  // An unverified card's doses are not ticked for the person: they choose each one knowingly.
  const trusted = reading.issuer === null || reading.issuer.verified;
  const [chosen, setChosen] = useState(() => new Set(trusted ? fresh.map(keyOf) : []));
  const picked = fresh.filter((d) => chosen.has(keyOf(d)));
  const toggle = (d: ReadDose, on: boolean) =>
    setChosen((was) => {
      const next = new Set(was);
      if (on) next.add(keyOf(d));
      else next.delete(keyOf(d));
      return next;
    });

  return (
    <div className="space-y-4">
      <IssuerNote issuer={reading.issuer} />
      <PatientNote patient={reading.patient} baby={baby} />

      <section aria-labelledby="card-doses" className="space-y-2">
        <h3 id="card-doses" className="font-semibold text-stone-900">
          {t("vaccine-import:doses.heading")}
        </h3>
        {reading.doses.length === 0 ? (
          <p className="text-stone-700">{t("vaccine-import:doses.none")}</p>
        ) : (
          <ul
            aria-label={t("vaccine-import:doses.label")}
            className="divide-y divide-stone-200 rounded-lg border border-stone-200"
          >
            {reading.doses.map((d) => (
              <li key={keyOf(d)} className="flex items-start gap-3 p-3">
                {d.status === "new" ? (
                  <input
                    type="checkbox"
                    className="mt-1 size-5 shrink-0 accent-teal-700"
                    checked={chosen.has(keyOf(d))}
                    onChange={(e) => toggle(d, e.target.checked)}
                    aria-label={t("vaccine-import:doses.choose", { vaccine: d.vaccine, date: showDate(d.date) })}
                  />
                ) : (
                  <span aria-hidden className="size-5 shrink-0" />
                )}
                <div className="min-w-0 flex-1">
                  <p className="break-words font-medium text-stone-900">{d.vaccine}</p>
                  <p className="break-words text-sm text-stone-600">
                    {[showDate(d.date), d.lotNumber && t("vaccine-import:doses.lot", { lot: d.lotNumber }), d.performer]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </div>
                <span
                  className={`shrink-0 rounded-full px-2.5 py-0.5 text-sm font-medium ${
                    d.status === "new" ? "bg-teal-100 text-teal-900" : "bg-stone-200 text-stone-700"
                  }`}
                >
                  {d.status === "new" ? t("vaccine-import:doses.new") : t("vaccine-import:doses.recorded")}
                </span>
              </li>
            ))}
          </ul>
        )}
        {reading.doses.length > 0 && <p className="text-sm text-stone-600">{t("vaccine-import:doses.recordedRule")}</p>}
      </section>

      {reading.skipped.length > 0 && (
        <section aria-labelledby="card-skipped" className="space-y-1">
          <h3 id="card-skipped" className="font-semibold text-stone-900">
            {t("vaccine-import:skipped.heading")}
          </h3>
          <ul className="list-disc space-y-0.5 pl-5 text-sm text-stone-700">
            {reading.skipped.map((s, i) => (
              <li key={`${s.reason}-${s.cvx}-${s.date}-${i}`} className="break-words">
                {[s.vaccine ?? t("vaccine-import:skipped.unnamed"), s.date && showDate(s.date)]
                  .filter(Boolean)
                  .join(", ")}
                {": "}
                {t(`vaccine-import:skipped.${s.reason}`)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {fresh.length === 0 && reading.doses.length > 0 ? (
        <p role="status" className="text-stone-800">
          {t("vaccine-import:nothingToAdd")}
        </p>
      ) : (
        fresh.length > 0 && (
          <Button disabled={adding || picked.length === 0} onClick={() => onAdd(picked)}>
            {adding
              ? t("vaccine-import:adding")
              : picked.length === 0
                ? t("vaccine-import:tickDoses")
                : t("vaccine-import:add", { count: picked.length })}
          </Button>
        )
      )}
    </div>
  );
}

function IssuerNote({ issuer }: { issuer: CardReading["issuer"] }) {
  const t = useT();
  if (!issuer) return <p className="text-sm text-stone-700">{t("vaccine-import:issuer.file")}</p>;
  if (issuer.verified)
    return (
      <div className="space-y-1 rounded-lg border border-teal-200 bg-teal-50 p-3 text-teal-950">
        <p className="flex items-start gap-2 font-medium">
          <ShieldCheck aria-hidden className="mt-0.5 size-5 shrink-0" />
          <span className="break-words">
            {t("vaccine-import:issuer.verified", { name: issuer.name ?? issuer.iss })}
          </span>
        </p>
        <p className="text-sm">{t("vaccine-import:issuer.verifiedText")}</p>
      </div>
    );
  return (
    <div role="alert" className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
      <p className="flex items-start gap-2 font-medium">
        <ShieldAlert aria-hidden className="mt-0.5 size-5 shrink-0" />
        <span className="wrap-anywhere">
          {issuer.problem === "keys-unavailable"
            ? t("vaccine-import:issuer.unavailable", { name: issuer.name ?? issuer.iss })
            : t("vaccine-import:issuer.unknown", { iss: issuer.iss })}
        </span>
      </p>
      <p className="text-sm">{t("vaccine-import:issuer.listSource")}</p>
    </div>
  );
}

function PatientNote({ patient, baby }: { patient: CardReading["patient"]; baby: Pick<Baby, "name" | "dateOfBirth"> }) {
  const t = useT();
  const differs = patient !== null && (patient.sameName === false || patient.sameBirthDate === false);
  return (
    <section aria-labelledby="card-patient" className="space-y-1">
      <h3 id="card-patient" className="font-semibold text-stone-900">
        {t("vaccine-import:patient.heading")}
      </h3>
      <p className="break-words text-stone-800">
        {patient === null
          ? t("vaccine-import:patient.noPatient")
          : patient.birthDate
            ? t("vaccine-import:patient.onCard", { name: patient.name, date: showDate(patient.birthDate) })
            : t("vaccine-import:patient.onCardNoDate", { name: patient.name })}
      </p>
      <p className="text-stone-700">
        {t("vaccine-import:patient.baby", { name: baby.name, date: showDate(baby.dateOfBirth) })}
      </p>
      {differs && (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {t("vaccine-import:patient.differs", { name: baby.name })}
        </p>
      )}
    </section>
  );
}
