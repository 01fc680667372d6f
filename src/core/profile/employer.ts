/** Words of the page or of a department, never an employer's name ("Job vacancy", "Compensation", "Engineering"). */
const NOT_A_COMPANY =
  /^(?:job(?: vacancy| opening| posting| offer)?|vacancy|careers?|hiring|jobs|compensation|benefits|salary|engineering|design|product|marketing|sales|operations|security|support|contractor|full[- ]time|part[- ]time|internship|api|position|role|location|remote|about us|team|stellenangebot|offre d['’]emploi|oferta de empleo|vaga)$/i;
/** A street and its number ("Wendenstraße 408", "12 rue de la Paix", "Via Roma 3"): where the employer is, not who. */
const ADDRESS =
  /\b(?:\p{L}*(?:straße|strasse|str\.|gasse|weg|platz|allee|damm|ring|laan|straat|gracht)|street|st\.|road|rd\.|avenue|ave\.|boulevard|blvd\.?|lane|rue|via|calle|rua|avenida|piazza|plaza)\s+\d+\w?\b|^\d+\w?,?\s+(?:\p{L}+\s+){0,3}(?:street|st\.|road|rd\.|avenue|ave\.|lane|rue|boulevard|blvd\.?)\b/iu;
/** A word an organisation calls itself, standing alone ("Foundation", "Stiftung"): no name. */
const ORG_WORD_ALONE =
  /^(?:the\s+)?(?:foundation|company|organi[sz]ation|association|agency|firm|group|institute|university|stiftung|verein|unternehmen|firma|fondation|entreprise|société|fundación|fundação|empresa|fondazione|azienda|stichting|bedrijf)$/iu;
/** Words of a page's own furniture that a byline or a title's tail can hold ("Gesucht", "Wanted", "Das erwartet Dich"). */
const PAGE_WORDS =
  /^(?:gesucht|wanted|we['’]?re hiring|now hiring|wir suchen|on recrute|nous recrutons|se busca|buscamos|cercasi|stiamo cercando|vacature|new|neu|nouveau|nuevo|nuovo|apply(?: now)?|bewerben|postuler|share|teilen|partager|das erwartet dich|das erwartet sie|was dich erwartet|was sie erwartet|das bieten wir|wir bieten|what we offer|what you(?:['’]ll)? do|about you|about the role|your tasks|deine aufgaben|ihre aufgaben|dein profil|ihr profil|votre profil|vos missions|tu perfil|il tuo profilo)[!.:]?$/iu;
/** A department or trade named alone after the job ("Kaufmännischer Mitarbeiter – Buchhaltung"): the job's team, not its employer. */
const DEPARTMENT =
  /^(?:buchhaltung|finanzbuchhaltung|rechnungswesen|finanzen|controlling|vertrieb|verkauf|einkauf|personal|personalwesen|verwaltung|entwicklung|softwareentwicklung|kundenservice|logistik|accounting|finance|bookkeeping|payroll|procurement|purchasing|administration|development|customer service|human resources|hr|it|legal|comptabilité|finances|ventes|achats|ressources humaines|développement|contabilidad|finanzas|ventas|compras|recursos humanos|desarrollo|contabilità|amministrazione|vendite|acquisti|risorse umane|sviluppo|contabilidade|vendas|boekhouding|financiën|verkoop|inkoop)$/iu;

/**
 * Whether a string read as the employer can be a name at all. Markup (".. toctree"), a single letter, a street
 * address, a page's own heading ("Gesucht", "Das erwartet Dich"), a department ("Buchhaltung") and an organisation noun
 * alone ("Foundation") are not; the reader then looks elsewhere or says nothing.
 */
export function canNameEmployer(name: string): boolean {
  const n = name.trim();
  if (n.length < 2 || !/^[\p{L}\p{N}"'“‘(]/u.test(n) || !/\p{L}/u.test(n)) return false;
  return !ADDRESS.test(n) && !ORG_WORD_ALONE.test(n) && !PAGE_WORDS.test(n) && !DEPARTMENT.test(n);
}

/** The name read as the ad's employer, or '' when it can not be one (`canNameEmployer`) or is one of the page's own words. */
export function employerOrNone(name: string): string {
  return NOT_A_COMPANY.test(name) || !canNameEmployer(name) ? '' : name;
}
