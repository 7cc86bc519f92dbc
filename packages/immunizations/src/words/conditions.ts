/**
 * The conditions a family can record (src/conditions.ts lists them), in plain words in each
 * language; CDC's own title stays available as `title`. test/conditions.test.ts fails on a
 * choosable condition without words here, or words for one that is not choosable.
 */
import type { VaccinationLanguage } from "./languages.ts";

export type ConditionName = Record<VaccinationLanguage, string>;

const allergyAfter = (en: string, es: string): ConditionName => ({
  en: `Severe allergic reaction after a ${en} vaccine`,
  es: `Reacción alérgica grave tras una vacuna ${es}`,
});
const allergyTo = (en: string, es: string): ConditionName => ({
  en: `Severe allergy to ${en}`,
  es: `Alergia grave a ${es}`,
});

export const CONDITION_NAMES: Readonly<Record<string, ConditionName>> = {
  // Medical conditions
  "002": { en: "Spleen to be removed (planned splenectomy)", es: "Extirpación del bazo programada (esplenectomía)" },
  "003": { en: "Weakened immune system", es: "Sistema inmunitario debilitado" },
  "004": { en: "Stem cell (bone marrow) transplant", es: "Trasplante de células madre (médula ósea)" },
  "171": { en: "Date of the stem cell transplant", es: "Fecha del trasplante de células madre" },
  "010": { en: "Cerebrospinal fluid leak", es: "Fuga de líquido cefalorraquídeo" },
  "011": { en: "Cochlear implant", es: "Implante coclear" },
  "012": { en: "Family history of a weakened immune system", es: "Antecedentes familiares de inmunodeficiencia" },
  "013": { en: "Severe combined immunodeficiency (SCID)", es: "Inmunodeficiencia combinada grave (IDCG)" },
  "014": { en: "Diabetes", es: "Diabetes" },
  "015": { en: "Chronic liver disease", es: "Enfermedad hepática crónica" },
  "016": { en: "Chronic heart disease", es: "Enfermedad cardíaca crónica" },
  "017": {
    en: "Chronic lung disease (including that of prematurity)",
    es: "Enfermedad pulmonar crónica (también la de la prematuridad)",
  },
  "026": {
    en: "HIV from birth, with MMR given before HIV treatment began",
    es: "VIH desde el nacimiento, con la triple vírica puesta antes de empezar el tratamiento",
  },
  "027": { en: "Asthma", es: "Asma" },
  "028": { en: "Intussusception (ever)", es: "Invaginación intestinal (alguna vez)" },
  "031": { en: "Tuberculosis", es: "Tuberculosis" },
  "032": { en: "On dialysis", es: "En diálisis" },
  "034": { en: "Long-term aspirin treatment", es: "Tratamiento prolongado con aspirina" },
  "076": { en: "Progressive neurological disorder", es: "Trastorno neurológico progresivo" },
  "079": {
    en: "Encephalopathy within 7 days of a DTaP, DTP or Tdap dose",
    es: "Encefalopatía en los 7 días siguientes a una dosis de DTaP, DTP o Tdap",
  },
  "145": { en: "Severe antibody deficiency (B cells)", es: "Deficiencia grave de anticuerpos (linfocitos B)" },
  "146": { en: "Milder antibody deficiency (B cells)", es: "Deficiencia leve de anticuerpos (linfocitos B)" },
  "147": { en: "Complete T-cell defect", es: "Defecto completo de linfocitos T" },
  "148": { en: "Partial T-cell defect", es: "Defecto parcial de linfocitos T" },
  "149": {
    en: "Interferon-gamma / interleukin-12 axis deficiency",
    es: "Deficiencia del eje interferón gamma / interleucina 12",
  },
  "150": { en: "Interferon-gamma or interferon-alpha deficiency", es: "Deficiencia de interferón gamma o alfa" },
  "151": {
    en: "Complement deficiency (complement, properdin or factor B)",
    es: "Deficiencia del complemento (complemento, properdina o factor B)",
  },
  "152": { en: "Chronic granulomatous disease", es: "Enfermedad granulomatosa crónica" },
  "153": {
    en: "Leukocyte adhesion defect or myeloperoxidase deficiency",
    es: "Defecto de adhesión leucocitaria o deficiencia de mieloperoxidasa",
  },
  "154": { en: "HIV with a severely weakened immune system", es: "VIH con inmunodepresión grave" },
  "155": { en: "HIV without a severely weakened immune system", es: "VIH sin inmunodepresión grave" },
  "186": { en: "HIV infection", es: "Infección por VIH" },
  "156": { en: "Widespread cancer", es: "Cáncer generalizado" },
  "157": {
    en: "Solid organ transplant (kidney, liver, heart…)",
    es: "Trasplante de órgano sólido (riñón, hígado, corazón…)",
  },
  "158": { en: "Treatment that weakens the immune system", es: "Tratamiento que debilita el sistema inmunitario" },
  "159": { en: "Radiation therapy", es: "Radioterapia" },
  "160": {
    en: "No spleen, or a spleen that does not work (asplenia)",
    es: "Sin bazo, o bazo que no funciona (asplenia)",
  },
  "161": { en: "Chronic kidney disease", es: "Enfermedad renal crónica" },
  "167": { en: "Nephrotic syndrome", es: "Síndrome nefrótico" },
  "168": { en: "Chemotherapy", es: "Quimioterapia" },
  "178": { en: "Leukaemia", es: "Leucemia" },
  "179": { en: "Lymphoma", es: "Linfoma" },
  "180": { en: "Hodgkin's disease", es: "Enfermedad de Hodgkin" },
  "181": { en: "Multiple myeloma", es: "Mieloma múltiple" },
  "189": { en: "In treatment for a solid tumour", es: "En tratamiento por un tumor sólido" },
  "190": { en: "In treatment for a blood cancer", es: "En tratamiento por un cáncer de la sangre" },
  "191": { en: "CAR-T cell therapy", es: "Tratamiento con células CAR-T" },
  "200": { en: "Cystic fibrosis", es: "Fibrosis quística" },
  "216": { en: "Immune system weakened by medicines", es: "Inmunodepresión causada por medicamentos" },
  "224": {
    en: "Atopic dermatitis (eczema), now or in the past",
    es: "Dermatitis atópica (eccema), ahora o en el pasado",
  },
  "226": { en: "A skin condition with active peeling", es: "Enfermedad de la piel con descamación activa" },
  "245": { en: "American Indian or Alaska Native", es: "Indígena americano o nativo de Alaska" },
  "246": { en: "Severely weakened immune system", es: "Inmunodepresión grave" },
  "253": { en: "Moderate or severe persistent asthma", es: "Asma persistente moderada o grave" },
  "259": { en: "Sickle cell disease", es: "Anemia de células falciformes (drepanocitosis)" },
  "268": { en: "Pancreatic islet transplant", es: "Trasplante de islotes pancreáticos" },
  "269": { en: "Transplant", es: "Trasplante" },
  "273": { en: "Immunoglobulin deficiency", es: "Deficiencia de inmunoglobulinas" },
  "274": { en: "Treatment with a complement inhibitor", es: "Tratamiento con un inhibidor del complemento" },
  "279": { en: "Haemoglobin disorder (haemoglobinopathy)", es: "Trastorno de la hemoglobina (hemoglobinopatía)" },
  "169": { en: "Sexual abuse or assault (ever)", es: "Abuso o agresión sexual (alguna vez)" },
  // Allergies and reactions
  "080": { en: "Reaction to a vaccine ingredient", es: "Reacción a un componente de una vacuna" },
  "081": allergyAfter("polio", "contra la polio"),
  "083": allergyAfter("rotavirus", "contra el rotavirus"),
  "085": allergyAfter("flu", "contra la gripe"),
  "086": allergyAfter("whooping cough (pertussis)", "contra la tosferina"),
  "087": allergyAfter("diphtheria", "contra la difteria"),
  "088": allergyAfter("tetanus", "contra el tétanos"),
  "089": allergyAfter("chickenpox", "contra la varicela"),
  "090": allergyAfter("HPV", "contra el VPH"),
  "091": allergyAfter("measles", "contra el sarampión"),
  "092": allergyAfter("mumps", "contra las paperas"),
  "093": allergyAfter("rubella", "contra la rubéola"),
  "094": allergyAfter("pneumococcal", "contra el neumococo"),
  "095": allergyAfter("meningococcal", "contra el meningococo"),
  "096": allergyAfter("hepatitis A", "contra la hepatitis A"),
  "097": allergyAfter("hepatitis B", "contra la hepatitis B"),
  "098": allergyAfter("Hib", "contra el Hib"),
  "116": allergyAfter("meningococcal B", "contra el meningococo B"),
  "122": allergyAfter("COVID-19", "contra la COVID-19"),
  "244": allergyAfter("RSV", "contra el VRS"),
  "192": allergyAfter("egg-based flu", "contra la gripe hecha con huevo"),
  "193": allergyAfter("cell-based flu (ccIIV)", "contra la gripe de cultivo celular (ccIIV)"),
  "194": allergyAfter("recombinant flu (RIV)", "contra la gripe recombinante (RIV)"),
  "101": { en: "Allergy to egg protein", es: "Alergia a la proteína del huevo" },
  "102": allergyTo("gelatin", "la gelatina"),
  "103": allergyTo("arginine", "la arginina"),
  "104": { en: "Latex allergy", es: "Alergia al látex" },
  "105": allergyTo("chicken protein", "la proteína de pollo"),
  "106": allergyTo("gentamicin", "la gentamicina"),
  "107": allergyTo("neomycin", "la neomicina"),
  "108": allergyTo("streptomycin", "la estreptomicina"),
  "109": allergyTo("polymyxin B", "la polimixina B"),
  "110": { en: "Yeast hypersensitivity", es: "Hipersensibilidad a la levadura" },
  "111": { en: "Hypersensitivity to 2-phenoxyethanol", es: "Hipersensibilidad al 2-fenoxietanol" },
  "112": { en: "Hypersensitivity to alum", es: "Hipersensibilidad al alumbre" },
  "117": allergyTo("diphtheria toxoid", "el toxoide diftérico"),
  "118": allergyTo("tetanus toxoid", "el toxoide tetánico"),
  "187": { en: "Allergy to polysorbate 80", es: "Alergia al polisorbato 80" },
  "188": { en: "Allergy to polyethylene glycol (PEG)", es: "Alergia al polietilenglicol (PEG)" },
  // Already immune
  "018": {
    en: "Had hepatitis A, or a blood test shows immunity",
    es: "Pasó la hepatitis A, o un análisis muestra inmunidad",
  },
  "019": {
    en: "Had hepatitis B, or a blood test shows immunity",
    es: "Pasó la hepatitis B, o un análisis muestra inmunidad",
  },
  "020": { en: "Blood test shows immunity to measles", es: "Un análisis muestra inmunidad al sarampión" },
  "021": { en: "Blood test shows immunity to mumps", es: "Un análisis muestra inmunidad a las paperas" },
  "022": { en: "Blood test shows immunity to rubella", es: "Un análisis muestra inmunidad a la rubéola" },
  "023": {
    en: "Had chickenpox, or a blood test shows immunity",
    es: "Pasó la varicela, o un análisis muestra inmunidad",
  },
  "024": { en: "Chickenpox confirmed by a doctor", es: "Varicela confirmada por un médico" },
  "025": { en: "Shingles confirmed by a doctor", es: "Herpes zóster (culebrilla) confirmado por un médico" },
  // Travel
  "048": { en: "Travelling abroad", es: "Viaje al extranjero" },
  "008": { en: "Travel to an area with cholera", es: "Viaje a una zona con cólera" },
  "143": { en: "Travel to an area with polio", es: "Viaje a una zona con polio" },
  "144": {
    en: "Travel with possible contact with animals where rabies is common",
    es: "Viaje con posible contacto con animales donde la rabia es frecuente",
  },
  "162": { en: "Travel to an area with yellow fever", es: "Viaje a una zona con fiebre amarilla" },
  "045": {
    en: "Travel to a country that requires yellow fever vaccination",
    es: "Viaje a un país que exige la vacuna de la fiebre amarilla",
  },
  "163": { en: "Travel to an area with typhoid", es: "Viaje a una zona con fiebre tifoidea" },
  "164": {
    en: "Travel to a country with much meningococcal disease",
    es: "Viaje a un país con mucha enfermedad meningocócica",
  },
  "165": {
    en: "A month or more in an area with Japanese encephalitis",
    es: "Un mes o más en una zona con encefalitis japonesa",
  },
  "173": { en: "Moving to a country with Japanese encephalitis", es: "Mudanza a un país con encefalitis japonesa" },
  "174": {
    en: "Frequent travel to areas with Japanese encephalitis",
    es: "Viajes frecuentes a zonas con encefalitis japonesa",
  },
  "249": {
    en: "Travel with much time outdoors where tick-borne encephalitis occurs",
    es: "Viaje con mucho tiempo al aire libre donde hay encefalitis por garrapatas",
  },
  "250": {
    en: "Travel with some time outdoors where tick-borne encephalitis occurs",
    es: "Viaje con algo de tiempo al aire libre donde hay encefalitis por garrapatas",
  },
  "271": { en: "Travel to a place with a chikungunya outbreak", es: "Viaje a un lugar con un brote de chikunguña" },
  "211": {
    en: "Had dengue before, living where dengue is common",
    es: "Tuvo dengue antes y vive donde el dengue es frecuente",
  },
  "070": { en: "At risk in a meningococcal outbreak", es: "En riesgo durante un brote de meningococo" },
  "275": { en: "At risk in a measles outbreak", es: "En riesgo durante un brote de sarampión" },
};

/** A condition's plain name in `language`; undefined for a code that is not choosable. */
export function conditionName(code: string, language: VaccinationLanguage): string | undefined {
  return Object.hasOwn(CONDITION_NAMES, code) ? CONDITION_NAMES[code]?.[language] : undefined;
}

/** Folds case and accents, so "asplenia" finds "Asplenia" and "esplenectomia" finds "esplenectomía". */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The text a search box matches for a condition: both languages' names, folded. */
export function conditionSearchText(code: string): string {
  const name = CONDITION_NAMES[code];
  return name ? fold(`${name.en} ${name.es}`) : "";
}

export const foldForSearch = fold;
