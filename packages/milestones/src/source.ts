// Where the milestones come from. The wording in data.ts is this project's own;
// the milestones themselves (what, at which age, in which domain) are CDC's.

export interface MilestoneSource {
  title: string;
  publisher: string;
  revision: string;
  url: string;
  paper: {
    authors: string;
    title: string;
    journal: string;
    year: number;
    volume: number;
    issue: number;
    pages: string;
    doi: string;
  };
  /** What a milestone on these lists means; show it wherever the checklists are shown. */
  note: string;
}

export const MILESTONE_SOURCE: MilestoneSource = Object.freeze({
  title: "Learn the Signs. Act Early. Developmental milestone checklists",
  publisher: "Centers for Disease Control and Prevention (CDC)",
  revision: "2022 revision (checklists for 2, 4, 6, 9, 12, 15, 18, 24, 30, 36, 48 and 60 months)",
  url: "https://www.cdc.gov/ncbddd/actearly/milestones/index.html",
  paper: Object.freeze({
    authors:
      "Zubler JM, Wiggins LD, Macias MM, Whitaker TM, Shaw JS, Squires JK, Pajek JA, Wolf RB, Slaughter KS, Broughton AS, Gerndt KL, Mlodoch BJ, Lipkin PH",
    title: "Evidence-Informed Milestones for Developmental Surveillance Tools",
    journal: "Pediatrics",
    year: 2022,
    volume: 149,
    issue: 3,
    pages: "e2021052138",
    doi: "10.1542/peds.2021-052138",
  }),
  note:
    "Each milestone is something most children (75% or more) do by that age. " +
    "The lists are not a test and not a diagnosis. If you have concerns about how your child plays, " +
    "learns, speaks, acts or moves, or your child has lost skills they once had, talk with your child's doctor.",
});

/** The source's words in Spanish; the citation of the paper stays as published. */
export const MILESTONE_SOURCE_ES: Pick<MilestoneSource, "title" | "publisher" | "revision" | "note"> = Object.freeze({
  title: "Aprenda los signos. Reaccione pronto. Listas de indicadores del desarrollo",
  publisher: "Centros para el Control y la Prevención de Enfermedades (CDC)",
  revision: "revisión de 2022 (listas de los 2, 4, 6, 9, 12, 15, 18, 24, 30, 36, 48 y 60 meses)",
  note:
    "Cada hito es algo que la mayoría de los niños (el 75 % o más) hace a esa edad. " +
    "Las listas no son una prueba ni un diagnóstico. Si te preocupa cómo juega, aprende, habla, actúa o se mueve " +
    "tu hijo, o si ha perdido habilidades que antes tenía, habla con su médico.",
});
