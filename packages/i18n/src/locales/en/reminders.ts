/** The reminders screens' words: Settings → Reminders (channels, topics, quiet hours, devices, calendar link). */
export const reminders = {
  title: "Reminders",
  intro:
    "Reminders of vaccines coming due, medicine doses and visits, for every baby you share. They are yours: each caregiver chooses their own.",
  settingsLink: {
    label: "Reminders",
    hint: "Notifications, e-mail, quiet hours and a calendar link",
  },
  choices: {
    title: "What and how",
    channels: "How to remind you",
    email: "E-mail",
    emailHint: "To {{email}}",
    topics: "What to remind you of",
    vaccines: "Vaccines coming due",
    medicines: "Medicine doses",
    visits: "Visits and appointments",
    quiet: "Quiet hours",
    quietHint:
      "Nothing arrives between these times on your clock ({{zone}}); what falls in them arrives when they end.",
    from: "From",
    to: "To",
    submit: "Save reminder settings",
    saved: "Reminder settings saved",
  },
  device: {
    title: "Notifications",
    turnOn: "Turn on notifications on this device",
    turningOn: "Turning on…",
    on: "Notifications are on for this device.",
    off: "This device does not get notifications yet.",
    asks: "Your browser will ask whether UpNest may show notifications.",
    turnedOn: "Notifications turned on for this device",
    blocked:
      "Notifications are blocked in the browser's settings for UpNest. Allow them there (the lock or settings icon next to the address), then reload this page.",
    dismissed: "The browser was not allowed to show notifications. Tap the button again to be asked once more.",
    unsupported:
      "This browser cannot show UpNest's notifications. E-mail and the calendar link still work. On an iPhone, notifications need UpNest added to the Home Screen.",
    failed:
      "This browser could not sign up for notifications: it needs to reach its push service. Check the connection and try again.",
    notSetUp: "Notifications are not set up on this UpNest server yet. E-mail still works.",
  },
  devices: {
    list: "Devices that get notifications",
    none: "No device gets notifications yet.",
    thisDevice: "This device",
    unnamed: "A browser",
    since: "Since {{date}}",
    turnOff: "Turn off",
    turnOffOn: "Turn off notifications on {{device}}",
    turnedOff: "Notifications turned off on that device",
  },
  test: {
    send: "Send a test reminder",
    sending: "Sending…",
    hint: "One arrives now on each of your channels, so you can see how reminders look.",
    sent: "Test reminder sent",
    nowhere: "Turn on e-mail or notifications on a device first: there is nowhere to send it.",
  },
  calendar: {
    title: "Calendar link",
    intro:
      "Due vaccines and visits in your own calendar app, kept up to date. Anyone who has the link can see those dates, so add it only to your own calendar.",
    make: "Make a calendar link",
    label: "Your calendar link",
    copy: "Copy link",
    copied: "Link copied",
    copyFailed: "Could not copy: select the link and copy it yourself.",
    howTo: "How to add it to a calendar",
    google:
      "Google Calendar, on a computer: next to “Other calendars” choose + and then “From URL”, paste the link, then “Add calendar”. It then shows on your phone too.",
    apple:
      "Apple Calendar, on an iPhone: Settings → Apps → Calendar → Calendar Accounts → Add Account → Other → Add Subscribed Calendar, and paste the link. On a Mac: File → New Calendar Subscription.",
    refresh: "Calendars read the link again every few hours, so a change in UpNest shows there a little later.",
    renew: "Make a new link",
    renewTitle: "Make a new calendar link?",
    renewBody:
      "The link you have now stops working at once: calendars that use it stop getting UpNest's dates until you give them the new link.",
    renewed: "New calendar link made; the old one no longer works",
    off: "Turn off",
    offLabel: "Turn off the calendar link",
    offTitle: "Turn off the calendar link?",
    offBody:
      "The link stops working at once, and calendars that use it get no new dates from UpNest (some keep showing the ones they already have). You can make a new link later.",
    offConfirm: "Turn off the link",
    turnedOff: "Calendar link turned off",
  },
  upcoming: {
    title: "Upcoming reminders",
    none: "Nothing to remind you of for {{name}} in the coming days.",
    topics: {
      vaccines: "Vaccine",
      medicines: "Medicine",
      visits: "Visit",
    },
  },
};
