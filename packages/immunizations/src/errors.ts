/** Thrown for input the engine cannot assess; `field` names the offending input (e.g. "doses[2].cvx"). */
export class ImmunizationInputError extends Error {
  override readonly name = "ImmunizationInputError";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
