// CDC's four domains, in the order the checklists print them. The keys are part
// of every milestone id, so they never change; the labels may.

export type Domain = "social" | "language" | "cognitive" | "movement";

export const DOMAINS: Readonly<Record<Domain, { label: string }>> = Object.freeze({
  social: Object.freeze({ label: "Social/emotional" }),
  language: Object.freeze({ label: "Language/communication" }),
  cognitive: Object.freeze({ label: "Cognitive (learning, thinking, problem-solving)" }),
  movement: Object.freeze({ label: "Movement/physical development" }),
});

/** The domain keys in display order. */
export const DOMAIN_ORDER: readonly Domain[] = Object.freeze(["social", "language", "cognitive", "movement"]);
