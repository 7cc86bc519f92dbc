import type { RouterOutputs } from "@upnest/api";
import { type Units, valueWord } from "@upnest/i18n";
import type { Allergy, Illness, MedicineDose, Temperature, Visit } from "@upnest/schemas";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import { clockText, temperatureText } from "../format.ts";
import type { HealthEntry, HealthKind } from "../kinds.ts";
import { amountText } from "./course-card.tsx";
import { type ListedRecord, RecordSection } from "./record-list.tsx";

type Open = (entry: HealthEntry) => void;
type Add = (kind: HealthKind) => void;
type Common = { zone: string; now: number; canWrite: boolean; open: Open; add: Add };
type Overview = RouterOutputs["health"]["overview"];
const word = (field: string, value: string | undefined) =>
  value ? (valueWord(field, value, currentLanguage()) ?? value) : "";
const present = (list: readonly (string | undefined)[]) => list.filter((s): s is string => Boolean(s));

/** Single doses (not of a course), newest first. */
export function SingleDoses({ doses, zone, now, canWrite, open, add }: Common & { doses: readonly MedicineDose[] }) {
  const t = useT();
  const records: ListedRecord[] = doses.map((dose) => ({
    key: dose.doseId,
    title: dose.name,
    details: present([clockText(dose.givenAt, zone, now), amountText(dose), word("route", dose.route)]),
    labels: dose.labels,
    onOpen: () => open({ kind: "medicineDoses", record: dose }),
  }));
  return (
    <RecordSection
      id="single-doses"
      heading={t("health:medicines.singles")}
      records={records}
      empty={t("health:medicines.noneRecent")}
      addLabel={t("health:medicines.once")}
      onAdd={() => add("medicineDoses")}
      canWrite={canWrite}
    />
  );
}

/** Temperatures in the person's units, newest first. */
export function Temperatures({
  temperatures,
  units,
  zone,
  now,
  canWrite,
  open,
  add,
}: Common & { temperatures: readonly Temperature[]; units: Units }) {
  const t = useT();
  const records = temperatures.map((reading) => ({
    key: reading.temperatureId,
    title: temperatureText(reading.celsius, units),
    details: present([clockText(reading.takenAt, zone, now), word("method", reading.method), reading.notes]),
    labels: reading.labels,
    onOpen: () => open({ kind: "temperatures", record: reading }),
  }));
  return (
    <RecordSection
      id="temperatures"
      heading={t("health:temperature.heading")}
      records={records}
      empty={t("health:temperature.none")}
      addLabel={t("health:temperature.add")}
      onAdd={() => add("temperatures")}
      canWrite={canWrite}
    />
  );
}

/** Illnesses, the ones still going on first. */
export function Illnesses({ illnesses, canWrite, open, add }: Common & { illnesses: readonly Illness[] }) {
  const t = useT();
  const ordered = [...illnesses].sort((a, b) => Number(Boolean(a.endedOn)) - Number(Boolean(b.endedOn)));
  const records = ordered.map((illness) => ({
    key: illness.illnessId,
    title: illness.name || t("health:illness.unnamed"),
    details: present([
      illness.endedOn
        ? t("health:illness.fromTo", { from: showDate(illness.startedOn), to: showDate(illness.endedOn) })
        : t("health:illness.since", { date: showDate(illness.startedOn) }),
      illness.symptoms.join(", "),
    ]),
    onOpen: () => open({ kind: "illnesses", record: illness }),
  }));
  return (
    <RecordSection
      id="illnesses"
      heading={t("health:illness.heading")}
      records={records}
      empty={t("health:illness.none")}
      addLabel={t("health:illness.add")}
      onAdd={() => add("illnesses")}
      canWrite={canWrite}
    />
  );
}

/** Allergies, with their severity. */
export function Allergies({ allergies, canWrite, open, add }: Common & { allergies: Overview["allergies"] }) {
  const t = useT();
  const records = (allergies as Allergy[]).map((allergy) => ({
    key: allergy.allergyId,
    title: allergy.allergen,
    badge: word("severity", allergy.severity),
    details: present([
      allergy.reaction,
      allergy.noticedOn ? t("health:allergy.noticed", { date: showDate(allergy.noticedOn) }) : undefined,
    ]),
    onOpen: () => open({ kind: "allergies", record: allergy }),
  }));
  return (
    <RecordSection
      id="allergies"
      heading={t("health:allergy.heading")}
      records={records}
      empty={t("health:allergy.none")}
      addLabel={t("health:allergy.add")}
      onAdd={() => add("allergies")}
      canWrite={canWrite}
    />
  );
}

/** Visits, newest first, check-ups marked, with the next appointment when one was made. */
export function Visits({ visits, canWrite, open, add }: Common & { visits: readonly Visit[] }) {
  const t = useT();
  const records = visits.map((visit) => ({
    key: visit.visitId,
    title: visit.reason || t(visit.wellChild ? "health:visit.checkUp" : "health:visit.visit"),
    ...(visit.wellChild ? { badge: t("health:visit.checkUp") } : {}),
    details: present([
      showDate(visit.visitedOn),
      visit.clinician,
      visit.nextAppointmentOn
        ? t("health:visit.next", {
            when: present([showDate(visit.nextAppointmentOn), visit.nextAppointmentTime]).join(", "),
          })
        : undefined,
    ]),
    onOpen: () => open({ kind: "visits", record: visit }),
  }));
  return (
    <RecordSection
      id="visits"
      heading={t("health:visit.heading")}
      records={records}
      empty={t("health:visit.none")}
      addLabel={t("health:visit.add")}
      onAdd={() => add("visits")}
      canWrite={canWrite}
    />
  );
}
