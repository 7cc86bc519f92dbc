/** A baby's profile: the list, the summary and the form. */
export const babies = {
  list: {
    label: "Babies",
    loading: "Loading your babies…",
    emptyTitle: "No babies yet",
    emptyText: "Add your baby to start recording growth.",
    addBaby: "Add a baby",
    ageAndBirth: "{{age}} old · born {{date}}",
  },
  summary: {
    age: "Age",
    born: "Born",
    bornAtWeeks: "{{date}} at {{weeks}} weeks",
    sex: "Sex",
  },
  sex: {
    female: "Female",
    male: "Male",
  },
  form: {
    name: "Name",
    dateOfBirth: "Date of birth",
    sexHint: "Growth charts differ for girls and boys.",
    weeks: "Weeks of pregnancy at birth (optional)",
    weeksHint: "For a baby born early or late, e.g. 34. Leave empty if unsure.",
    add: "Add baby",
    timeZone: "Time zone",
    timeZoneHint:
      "The family's day (today, the daily totals) follows this zone's clock, wherever a caregiver's phone is.",
    useDevice: "Use this device's time zone ({{zone}})",
  },
  heights: {
    legend: "For the target height (optional)",
    hint: "The biological mother's and father's adult heights give a target height on the Growth tab. Leave them empty if you do not know them; empty one to remove it.",
    mother: "Biological mother's height",
    father: "Biological father's height",
    withUnit: "{{label}} ({{unit}})",
    ft: "Feet",
    in: "Inches",
    feetInches: "Enter feet, and inches from 0 to 11.9",
  },
  page: {
    newTitle: "Add a baby",
    editTitle: "Edit baby",
    measurements: "Measurements",
    addMeasurement: "Add measurement",
    charts: "Growth charts and percentiles",
    newMeasurement: "New measurement",
    growthOf: "{{name}}'s growth",
    historyOwnersOnly: "Only the baby's owners can see the history of changes.",
  },
};
