/** What a new password must be; the message finishes "That password cannot be used: …". */
export const validatePassword = (password: string) =>
  password.length < 8 ? "use at least 8 characters" : password.length > 128 ? "use at most 128 characters" : undefined;
