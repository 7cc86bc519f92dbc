/** The reminders screens' words. */
export const reminders = {
  title: "Reminders",
};
