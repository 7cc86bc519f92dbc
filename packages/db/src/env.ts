/** What the data layer reads from the environment: only here (the linter enforces it). */
export const dbEnv = {
  /** The AWS region the SDK would use; DynamoDB Local ignores it. */
  region: () => process.env.AWS_REGION,
  /** The table and, for DynamoDB Local, the endpoint the command-line tools work on. */
  cli: () => ({
    TABLE_NAME: process.env.TABLE_NAME,
    DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT || undefined,
    BACKUP_SEGMENTS: process.env.BACKUP_SEGMENTS,
  }),
  /** pnpm runs root scripts from the repository root; INIT_CWD is where the user typed the command. */
  workingDirectory: () => process.env.INIT_CWD ?? process.cwd(),
};
