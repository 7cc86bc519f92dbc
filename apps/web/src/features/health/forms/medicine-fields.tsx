import { valueWord } from "@upnest/i18n";
import { MEDICINE_ROUTES, MEDICINE_UNITS, type MedicineCourse } from "@upnest/schemas";
import { Choice } from "../../../components/choice.tsx";
import { DateField } from "../../../components/field.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { NumberInput, Select, TextInput } from "../../care/forms/controls.tsx";
import type { FieldsProps } from "./fields.ts";

/** A medicine's name, amount, unit and how it is given (a course and a single dose share them). */
export function MedicineFields({ values, set, id, typed }: FieldsProps) {
  const t = useT();
  const language = currentLanguage();
  const notSaid = { value: "" as const, label: t("health:form.notSaid") };
  return (
    <>
      <TextInput label={t("health:course.name")} {...typed("name")} />
      <div className="grid grid-cols-2 gap-3">
        <NumberInput label={t("health:course.amount")} {...typed("amount")} />
        <Select
          id={id("unit")}
          label={t("health:course.unit")}
          options={[notSaid, ...MEDICINE_UNITS.map((u) => ({ value: u, label: valueWord("unit", u, language) ?? u }))]}
          value={values.unit as ""}
          onChange={(v) => set("unit", v)}
        />
      </div>
      <Select
        id={id("route")}
        label={t("health:course.route")}
        options={[notSaid, ...MEDICINE_ROUTES.map((r) => ({ value: r, label: valueWord("route", r, language) ?? r }))]}
        value={values.route as ""}
        onChange={(v) => set("route", v)}
      />
    </>
  );
}

/** A course: when it started, every N hours or N times a day, for how long, the shortest interval, who prescribed. */
export function CourseFields(props: FieldsProps) {
  const { values, set, error, id, typed } = props;
  const t = useT();
  return (
    <>
      <MedicineFields {...props} />
      <DateField
        id={id("startedOn")}
        label={t("health:course.startedOn")}
        value={values.startedOn}
        error={error("startedOn")}
        onChange={(v) => set("startedOn", v)}
      />
      <Choice
        id={id("spacing")}
        legend={t("health:course.spacing")}
        options={[
          { value: "every", label: t("health:course.every") },
          { value: "times", label: t("health:course.times") },
        ]}
        value={values.spacing}
        onChange={(v) => set("spacing", v)}
      />
      {values.spacing === "every" ? (
        <NumberInput label={t("health:course.everyHours")} {...typed("everyHours")} />
      ) : (
        <NumberInput label={t("health:course.timesPerDay")} {...typed("timesPerDay")} />
      )}
      <NumberInput label={t("health:course.days")} hint={t("health:course.daysHint")} {...typed("days")} />
      <NumberInput
        label={t("health:course.minInterval")}
        hint={t("health:course.minIntervalHint")}
        {...typed("minIntervalHours")}
      />
      <TextInput label={t("health:course.prescribedBy")} {...typed("prescribedBy")} />
      <DateField
        id={id("stoppedOn")}
        label={t("health:course.stoppedOn")}
        value={values.stoppedOn}
        error={error("stoppedOn")}
        onChange={(v) => set("stoppedOn", v)}
      />
    </>
  );
}

/** A dose: the medicine and, when it is one of a course, which. */
export function DoseFields(props: FieldsProps & { courses: readonly MedicineCourse[] }) {
  const { values, set, id, courses } = props;
  const t = useT();
  return (
    <>
      {courses.length > 0 && (
        <Select
          id={id("courseId")}
          label={t("health:dose.course")}
          options={[
            { value: "", label: t("health:dose.noCourse") },
            ...courses.map((c) => ({ value: c.courseId, label: c.name })),
          ]}
          value={values.courseId}
          onChange={(v) => {
            set("courseId", v);
            const course = courses.find((c) => c.courseId === v);
            if (course) {
              set("name", course.name);
              set("amount", course.amount === undefined ? "" : String(course.amount));
              set("unit", course.unit ?? "");
              set("route", course.route ?? "");
            }
          }}
        />
      )}
      <MedicineFields {...props} />
    </>
  );
}
