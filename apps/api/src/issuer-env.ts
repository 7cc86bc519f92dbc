/** The issuer Lambda's configuration: the only place it reads the environment. */
export const issuerEnv = {
  tableName: () => process.env.TABLE_NAME,
  /** Outside production (`log`), verification codes are written to the function's log. */
  codeDelivery: () => process.env.CODE_DELIVERY,
  /**
   * SST's Auth component points OpenAuth at a table of its own through this
   * variable, and OpenAuth lets it override the storage we pass: dropped, so
   * sign-in data stays in the app table.
   */
  dropStorageOverride: () => {
    delete process.env.OPENAUTH_STORAGE;
  },
};
