/** What the infrastructure reads from the deployer's environment: only here (the linter enforces it). */
export const infraEnv = {
  /** An address subscribed to the alarms topic (README, Deploy). */
  alarmEmail: () => process.env.ALARM_EMAIL,
  /** After a point-in-time restore, the stage uses this table as it is (README, "Backups and restoring"). */
  restoredTable: () => process.env.UPNEST_RESTORED_TABLE,
};
