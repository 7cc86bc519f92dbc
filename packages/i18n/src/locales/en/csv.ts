/**
 * CSV files meant for people: each column's header by field (the registry definitions' `csv` and `readableCsv`
 * columns; a test fails on one without a header here) and the words written for coded values.
 */
export const csv = {
  columns: {
    measuredOn: "Date measured",
    weightKg: "Weight (kg)",
    lengthCm: "Length (cm)",
    lengthMethod: "Length measured",
    headCircumferenceCm: "Head circumference (cm)",
    notes: "Notes",
    dateGiven: "Date given",
    cvx: "CVX code",
    vaccine: "Vaccine",
    lotNumber: "Lot number",
    clinic: "Clinic",
    reactions: "Reactions",
    givenAbroad: "Given abroad",
    achievedOn: "Date achieved",
    milestoneId: "Milestone id",
    title: "Title",
    milestone: "Milestone",
  },
  values: {
    yes: "yes",
    no: "no",
    lying: "lying",
    standing: "standing",
  },
};
