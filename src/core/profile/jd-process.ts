/**
 * The interview rounds a job ad states. Two readings: a line under a process heading is a round when it names one (a
 * call, an interview, a test, a project…), since such sections also say how to apply and what happens to your data;
 * a sentence anywhere else counts only when it plainly describes the hiring round itself ("all interviews will be
 * conducted via video", "te propondremos … un ejercicio práctico", "un test écrit de 2 heures"), so that a recruiter's
 * duty ("schedule interviews") or a designer's method ("user interviews") is not read as the candidate's process.
 */

/** A line that names a round of the interview, in the languages ads are read in. */
const ROUND =
  /\b(?:interview\w*|calls?|chat\w*|conversations?|screen(?:s|ing)?|meet(?:ing)?s?\s+(?:with|the team|our team)|tests?|exercises?|pair(?:ing| programming)|assessments?|assignments?|tasks?|take-?home|projects?|case stud(?:y|ies)|presentations?|present|pitch|quiz|challenges?|trial|super ?day|workshops?|sessions?|portfolio review|on-?site|video|phone|coding|technical (?:experience|discussion)|entretiens?|entrevues?|épreuves?|appels?|rencontres?|entrevistas?|pruebas?|ejercicios?|llamadas?|videollamadas?|reunión|sesión|charla|colloqui?o|prova|chiamata|videochiamata|incontro|gespräch\w*|telefonat\w*|videocall\w*|kennenlern\w*|probearbeit\w*|probetag|aufgabe|gesprek\w*|kennismaking\w*|opdracht|teste|desafio|conversa)\b|\w*gespräch\w*/i;

/** Sentences that sit in a process section without being a round of it. */
const NOT_A_ROUND =
  /\b(?:we want to ensure|eager to answer|any questions|questions that you have|hear back|accommodat\w*|at any point|personal data|data provided|your data|this right|gdpr|rgpd|dsgvo|reisekosten|travel (?:costs|expenses)|reimburs\w*|erstatt\w*|données personnelles|datos personales|dati personali|personenbezogenen? daten|dados pessoais|privacy)\b/i;

/** The offer and the references close a process; they are not rounds of it ("Reference checks", "We make an offer"). */
const OFFER_OR_REFERENCE = /\b(?:offer|reference)/i;

/** A sentence outside any process section that plainly states a round of the hiring process. */
const STATED_ROUND = new RegExp(
  [
    // English: "all interviews will be conducted via video", "a first video call", "a 2-hour written test", "a take-home".
    String.raw`\binterviews?\s+(?:will|are|is|would)\s+(?:be\s+)?(?:conducted|held|take place|run|done)\b`,
    String.raw`\b(?:our|the)\s+(?:interview|hiring|selection|recruitment)\s+process\s+(?:is|will|consists|includes|involves|has)\b`,
    String.raw`\b(?:job|technical|final|first|initial|screening|phone|video|in-person|on-?site|oral|follow-up|recruitment|selection|hiring)\s+interviews?\b`,
    String.raw`\b(?:invite[ds]?|inviting|selected|shortlisted)\b[^.]{0,60}\b(?:interview|call|test|exercise|chat|conversation|assessment)`,
    String.raw`\b(?:video|phone|intro(?:ductory)?|first|short|screening|\d+[- ]?(?:minute|min)s?)\s+(?:video\s+)?call\b`,
    String.raw`\b(?:written|technical|practical|coding|knowledge|skills?|aptitude)\s+(?:tests?|exercises?|assessments?|assignments?|challenges?)\b`,
    String.raw`\btake-?home\b`,
    String.raw`\bpair[- ]programming\s+session\b`,
    String.raw`\b(?:trial|super)\s?day\b`,
    // German: "bei einem ersten Videocall kennenlernen", "Diese Gespräche finden … statt", "Vorstellungsgespräch".
    String.raw`\b(?:vorstellungs|bewerbungs|kennenlern|auswahl)gespräch\w*`,
    String.raw`\bvideocall\w*`,
    String.raw`\bgespräche\b(?:[^.]|\d\.){0,80}\bstatt\b`,
    String.raw`\blad\w*\b[^.]{0,60}\b(?:kennenlernen|gespräch\w*)`,
    String.raw`\b(?:erste|zweite|dritte|letzte|finale)\s+runde\b`,
    String.raw`\b(?:first|second|third|final|last)\s+(?:interview\s+)?round\b`,
    String.raw`\b(?:probearbeit\w*|probetag)\b`,
    // French: "un test écrit de 2 heures", "un entretien de recrutement oral".
    String.raw`\bentretiens?\s+(?:de recrutement|d['’]embauche|oral|téléphonique|vidéo|individuel|technique)`,
    String.raw`\b(?:entretiens?|entrevues?)\b[^.]{0,40}\b(?:seront menée?s|se dérouleront|auront lieu|se feront)\b`,
    String.raw`\b(?:test|épreuve)s?\s+(?:écrite?s?|orale?s?|technique)`,
    // Spanish and Portuguese: "pruebas de conocimientos", "un ejercicio práctico", "entrevista técnica".
    String.raw`\bpruebas?\s+(?:de\s+(?:conocimientos?|nivel|programación|código)|técnicas?)`,
    String.raw`\bejercicios?\s+(?:prácticos?|técnicos?)`,
    String.raw`\bsesión\s+de\s+pair`,
    String.raw`\bvideollamada\b`,
    String.raw`\bentrevistas?\s+(?:técnicas?|personal(?:es)?|final(?:es)?|por\s+v[íi]deo|online|presencial(?:es)?)`,
    String.raw`\b(?:teste|desafio)\s+técnico`,
    // Italian and Dutch: "colloquio tecnico", "sollicitatiegesprek".
    String.raw`\bcolloqui?o\s+(?:tecnico|conoscitivo|individuale|orale|finale|online)`,
    String.raw`\bprova\s+(?:scritta|orale|tecnica|pratica)`,
    String.raw`\b(?:sollicitatie|kennismakings)gesprek\w*`,
  ].join('|'),
  'i',
);

/** A lead-in that announces the steps of the hiring process ("Nuestro proceso consiste solo en 2 pasos:", "Our interview process:"). */
const PROCESS_LEAD_IN =
  /\b(?:(?:our|the)\s+(?:interview|hiring|selection|recruitment|recruiting|application)\s+process|next steps|what happens next|(?:nuestro|el)\s+proceso|(?:notre|le)\s+processus|(?:unser|der)\s+(?:bewerbungs|auswahl)?prozess|(?:il nostro|il)\s+processo|(?:o nosso|o)\s+processo|(?:ons|de)\s+(?:sollicitatie)?(?:proces|procedure))\b/i;

/** A lead-in line ending in a colon that announces the process steps listed below it. */
export function announcesProcess(leadIn: string): boolean {
  return PROCESS_LEAD_IN.test(leadIn);
}

/** "Hiring process: informal chat, technical interview, offer": the process given inline after its label. */
const INLINE_PROCESS =
  /^[\s\u200b*_]*(?:(?:hiring|interview|selection|recruitment|recruiting|application)\s+process|proceso de selecci[óo]n|processus de (?:recrutement|sélection)|bewerbungsprozess|auswahlprozess|processo (?:di selezione|seletivo)|sollicitatieprocedure)[*_]*\s*:[*_]*\s*(.+)$/i;

/** The steps of a process given inline after its label, or undefined when the line is not one. */
export function inlineProcess(line: string): string[] | undefined {
  const m = line.match(INLINE_PROCESS);
  if (!m) return undefined;
  const steps = m[1]
    .split(/\s*(?:[,;→]|->|\bthen\b|\bdann\b|\bpuis\b|\bluego\b)\s*/i)
    .map((x) => x.trim())
    .filter(Boolean);
  return steps.length ? steps : undefined;
}

/** Qualifiers that make an interview someone else's: a designer's or researcher's method, not a hiring round. */
const NOT_HIRING = /\b(?:user|customer|stakeholder|usability|research|contextual|qualitative|exit|press|media)\s+interviews?\b/i;

/** A line of a process section that names a round of the interview ("Set up a 30-minute call", "Teste em planilha"). */
export function namesRound(line: string): boolean {
  return ROUND.test(line) && !NOT_A_ROUND.test(line) && !OFFER_OR_REFERENCE.test(line);
}

/** A sentence anywhere in the ad that plainly states a round of its hiring process. */
export function statesRound(sentence: string): boolean {
  return STATED_ROUND.test(sentence) && !NOT_HIRING.test(sentence) && !NOT_A_ROUND.test(sentence);
}
