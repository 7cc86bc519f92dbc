/** Why a SMART Health Card was refused: a stable code for programs, an English sentence for people. */
export const HEALTH_CARD_ERRORS = {
  qr_malformed: "This is not a SMART Health Card QR code: it must start with shc:/ followed by pairs of digits.",
  qr_chunks_incomplete: "This SMART Health Card is split across several QR codes and not all of them were scanned.",
  qr_chunks_mismatched: "These QR codes do not belong to the same SMART Health Card.",
  file_malformed: 'This is not a .smart-health-card file: it must be JSON with a "verifiableCredential" list.',
  jws_malformed: "The health card's signed data is damaged or not in the SMART Health Card format.",
  issuer_not_trusted:
    "The issuer of this health card is not trusted: its signing key is not in the list of known issuers.",
  signature_mismatch: "The health card's signature does not match its contents: it may have been altered.",
  payload_malformed: "The health card was signed correctly but its contents are not a SMART Health Card credential.",
} as const;

export type HealthCardErrorCode = keyof typeof HEALTH_CARD_ERRORS;

export class HealthCardError extends Error {
  readonly code: HealthCardErrorCode;

  constructor(code: HealthCardErrorCode, detail?: string) {
    super(detail ? `${HEALTH_CARD_ERRORS[code]} (${detail})` : HEALTH_CARD_ERRORS[code]);
    this.name = "HealthCardError";
    this.code = code;
  }
}
