/**
 * What each part of a job ad is for, read the way a recruiter skims one: by its heading first, then by
 * cue words in the line itself. Headings and cues cover English, French, Italian, German, Spanish and
 * Portuguese; anything unrecognised is 'other' and still scanned for requirements written as prose.
 */
export type JdPart = 'company' | 'role' | 'resp' | 'must' | 'nice' | 'soft' | 'benefits' | 'process' | 'legal' | 'logistics' | 'other';

/** Heading cues in priority order: the first match wins ("nice to have" before "have"). */
const HEADING_CUES: [JdPart, RegExp][] = [
  [
    'nice',
    /nice|bonus|preferred|desirable|desired|optional|opciona|facultati|opzional|optionnel|optionale?\b|valorable|se valora|great if|would be (great|nice)|\bplus\b|\bassets?\b|stand out|even better|good to have|apprezzat|valutat\w* positivamente|ideally|extra credit|not required|also have|pluses|atout|souhait|appréci|un plus|titoli preferenziali|preferenzial|gradit|costituisc|wünschenswert|von vorteil|pluspunkt|nice-to-have|deseable|se valorar|valoramos|valoraremos|nos gustaría|idealmente|diferencia|desejável|desejáveis|diferenciais|additional (?:qualifications|skills)|(?:would|we'd|we’d) love|love to see|great to have|idealerweise|fera la différence|(?:^|\s)(?:een )?pré(?![a-zà-ÿ])|pluspunt|bij voorkeur|gewenst|strekt tot aanbeveling/,
  ],
  [
    'process',
    /interview|hiring process|application process|process information|recruitment process|selection process|our process|how we hire|what to expect|next steps|processus|entretien|processo di selezione|selezione|colloqui|bewerbungsprozess|auswahlprozess|ablauf|proceso de selecci|entrevista|processo seletivo|etapas/,
  ],
  [
    'legal',
    /equal opportunit|diversity|inclusion|accommodat|accessibility (statement|needs)|privacy|legal|eeo|disclaimer|diversité|inclusion|pari opportunità|documentazione|normativa|chancengleichheit|datenschutz|igualdad|diversidad|diversidade|aviso legal/,
  ],
  [
    'logistics',
    /salary|compensation|pay\b|location|remote|where you|working hours|travel|relocation|rémunération|salaire|lieu|télétravail|conditions|compenso|retribuzione|sede|luogo|gehalt|vergütung|standort|arbeitsort|salario|ubicaci|remuneración|salário|remuneração|localização|local de trabalho/,
  ],
  [
    'benefits',
    /offer|benefit|perks|why join|why you|you('|’)?ll learn|you will learn|what you('|’)?ll gain|growth opportunit|what you get|what's in it|avantages|ce que nous offrons|nous offrons|offriamo|vantaggi|benefici|wir bieten|was wir bieten|freuen sie sich auf|freue? dich auf|worauf (?:sie sich|du dich) freuen|unser angebot|ofrecemos|beneficios|oferecemos|benefícios|vantagens|wij bieden|wat bieden wij|wat we bieden/,
  ],
  [
    'resp',
    /responsib|what you('|’)?ll (be )?do|what you will (be )?do|in the first (year|\d+ (days|months))|first project|day[- ]to[- ]day|duties|your impact|accomplish|the following things|you will (do|work)|in this role|first \d+ days|tasks|projects you|mission du poste|responsabilit|tâches|vos mandats|objectives|key results|what you will achieve|^(?:vos |tes |les |your )?missions?\s*:?$|working on|you('|’)ll own|what you will own|ce que vous ferez|vous serez appelé|compiti|attività|mansioni|cosa farai|aufgaben|deine rolle|ihre rolle|was dich erwartet|funciones|tareas|qué harás|responsabilidades|atividades|o que você vai fazer|atribuições|taken|verantwoordelijkheden|wat ga je|\bas (?:an? |the )?[\w\s/-]{2,60} you(?:'|’| wi)ll\b|\bals [\w\s/-]{2,60} (?:wirst du|werden sie)\b/,
  ],
  [
    'soft',
    /soft skills?|personal (qualities|attributes|skills)|qualités personnelles|savoir-être|competenze trasversali|soft skill|persönliche (kompetenzen|eigenschaften)|habilidades blandas|competencias blandas|competências comportamentais/,
  ],
  [
    'must',
    /fit right in|good fit|great fit|right fit|sounds like you|is this you|you might be|you('|’)ll thrive|you will thrive|what makes you|you('|’)re (a|the) (fit|match)|requirement|qualification|must|need|looking for|\bexpect\b|you should|you have|you are\b|you('|’)re (?!going|joining)|you bring|you('|’)ll bring|bring|\bessential\b|criteria|person spec|about you\b|who you are|skills|what we expect|experience|evaluated|evaluate you|evaluation criteria|assessed|assess you|assessment criteria|excellent candidate|ideal candidate|competenc|profil|exigences|qualifications|compétences|attentes|vous êtes|évalué|expérience|requisiti|qualifiche|competenze|esperienza|cerchiamo|chi cerchiamo|anforderungen|qualifikation|was du mitbringst|was sie mitbringen|mitbringen|mitbringst|voraussetzung|prerequisite|pr[ée]-?requis|vaardigheden|wichtig für uns|was wir suchen|wen wir suchen|wonach wir suchen|das suchen wir|wie we zoeken|wat we zoeken|wat wij zoeken|ce que nous recherchons|ce que l'on recherche|o que procuramos|quem procuramos|was wir erwarten|wir erwarten|das bringst du mit|du bringst|dein profil|ihr profil|kenntnisse|wat we vragen|wat wij vragen|wie ben jij|wat breng je mee|wat neem je mee|functie-eisen|functieprofiel|jouw profiel|profiel|vereisten|wat verwachten wij|wat we verwachten|wij verwachten|requisitos|perfil|buscamos|lo que buscamos|experiencia|conocimientos|conhecimentos|experiência|qualificações|habilidades|fähigkeiten|capacidades|abilità/,
  ],
  [
    'company',
    /about (us|the company|the (?:project|organi[sz]ation|foundation|initiative|programme|program)\b)|who we are|our (company|mission|story)|learn more about|à propos|qui sommes|chi siamo|über uns|wer wir sind|über (?:das projekt|die organisation|die stiftung)|sobre nosotros|quiénes somos|sobre el proyecto|sobre nós|quem somos|sobre o projeto|il progetto|over ons|over het project/,
  ],
  [
    'role',
    /the role|your role|opportunity|job summary|role summary|overview|about the role|your team|about the [\w\s-]*team|about the job|the job|position|the team|about the team|le poste|poste de|rôle|l'équipe|il ruolo|la posizione|die stelle|die rolle|el puesto|la posición|o cargo|a vaga|a função/,
  ],
];

/** What a heading announces; 'other' when it announces nothing known. */
export function classifyHeading(heading: string): JdPart {
  const h = heading.toLowerCase();
  for (const [part, re] of HEADING_CUES) if (re.test(h)) return part;
  return 'other';
}

/** Lines that are never requirements, wherever they stand. */
const LEGAL_LINE =
  /equal opportunit|equal employment|affirmative action|without regard|regardless of|accommodation|discriminat|protected (veteran|class|status)|pari opportunità|senza distinzione|égalité des chances|sans égard|mesures d'adaptation|chancengleich|igualdad de oportunidades|igualdade de oportunidades|we welcome (people|applications|candidates)|nous encourageons|privacy (policy|notice)|equal access to|(?:realise|realize) their (?:full )?potential/i;
/** A notice to recruitment agencies ("No agencies please", "Acquisitie … wordt niet op prijs gesteld"): agency words and a "no". */
const AGENCY_WORDS =
  /(?:recruit(?:ment|ing)?|staffing|employment) agenc|headhunt|unsolicited (?:resumes|cvs|applications|submissions)|\bagencies\b|third[- ]party recruiters?|personalvermittl|vermittlungsangebot|acquisitie|\bbureaus?\b|cabinets? de recrutement|agences? de recrutement|agencias de (?:selección|reclutamiento|colocación)|agenzie (?:per il lavoro|di selezione)|agências de recrutamento/i;
const REFUSAL = /\b(?:no|not|do not|don['’]t|never|nicht|keine?n?|unerwünscht|niet|geen|pas|non|não)\b|\bne\s+\w+\s+pas\b/i;
const PAY =
  /(?:[$€£]\s?\d[\d,.]*\s*[km]?|\d[\d.,]*\s?(?:€|euro|eur|usd|cad|gbp|\$)(?=\W|$)|\b\d{2,3}\s?k\s?(?:-|–|to)\s?\d{2,3}\s?k\b)|\bsalary\b|\bpay (range|band)\b|\bcompensation\b|\bcompenso\b|\bretribuzione\b|\brémunération\b|\bsalaire\b|\bgehalt\b|\bsalario\b|\bsalário\b|\b(CS|IT|AS|EC|PM)-0?\d\b/i;
const REMOTE =
  /\bremote\b(?![\s-]+(?:procedure|sensing|control|code execution|debugging|desktop|access tools?|management of devices)\b)|\bhybrid\b(?!\s+(?:cloud|apps?|mobile|search|infrastructure|environments?)\b)|\bon-?site\b|\bdistributed\b(?!\s+(?:systems?|computing|tracing|databases?|storage|caches?|caching|ledgers?|locks?|locking|transactions?|queues?|training|version control|architectures?|services|applications|data)\b)|work from (home|anywhere)|télétravail|à distance|décentralisée|lavoro da remoto|da remoto|smart working|homeoffice|home office|remoto|teletrabajo|trabalho remoto/i;
/** "The on-site" or "an onsite interview" is a round of the interview, not a place of work ("an on-site role" is one). */
const INTERVIEW_ONSITE =
  /\b(?:the|final|an?)\s+on-?site\b(?!\s+(?:role|position|job|work\w*|presence|team|office|days?|basis|requirements?|employees?|staff)\b)|\bon-?site\s+(?:interviews?|rounds?|loop|stage|visits?)\b/gi;
const TRAVEL =
  /\btravel\b(?!\s+(?:industry|booking|tech|companies|company|platforms?|startups?|agenc(?:y|ies)|insurance)\b)|déplacements?|trasferte|reisebereitschaft|dienstreisen|viajes|viagens/i;
const LOCATION =
  /\b(based in|located in|location|offices? in|locations in|time ?zones?|fuseau|sede di|sede a|standort|ubicado en|localizado em)\b|\b(bureaux|uffici)\b/i;

export type LogisticsKind = 'pay' | 'remote' | 'travel' | 'location';

/** Which logistics facts a line states (pay, remote share, travel, place). */
export function logisticsIn(line: string): LogisticsKind[] {
  const out: LogisticsKind[] = [];
  if (PAY.test(line) && !/\bpayments?\b/i.test(line.match(PAY)?.[0] ?? '')) out.push('pay');
  if (REMOTE.test(line.replace(INTERVIEW_ONSITE, ' '))) out.push('remote');
  if (TRAVEL.test(line)) out.push('travel');
  if (LOCATION.test(line)) out.push('location');
  return out;
}

export function isLegalLine(line: string): boolean {
  return LEGAL_LINE.test(line) || (AGENCY_WORDS.test(line) && REFUSAL.test(line));
}

/**
 * A line worded as optional. (Also "un vrai plus", "grandement conseillé", a "beneficial:" lead, and what the person will
 * learn on the job — "Erfahrung (oder Einarbeitungsbereitschaft)", "imparerà", "aprenderás": no demand on the day they apply.)
 */
export const NICE_CUE =
  /\b(preferred|nice[- ]to[- ]have|good[- ]to[- ]have|bonus|a plus|is a plus|(big|huge|strong|definite) plus|desirable|ideally|would be (great|nice|a plus|beneficial|helpful)|is (beneficial|helpful)|advantage|not required|not essential|optional|will help|an asset|is an asset|considered an asset|even better|stand out|would help|(?:is |are )?appreciated|extra points?|points for|(?:is|are) welcome|might also have|(?<!\()preferabl[ey]|delighted|desired)\b|\b(un atout|un plus|apprezzat[aoie]|preferenzial[ei]|valutat[aoie] positivamente|est un atout|souhaitable|apprécié|serait un plus|costituisce titolo|titolo preferenziale|gradit[ao]|preferibil|von vorteil|wünschenswert|idealerweise|deseable|se valorará|valorable|desejável|diferencial|non essentiel|facultatif|optionnel|non essenziale|facoltativ[oa]|nicht erforderlich|optional|no imprescindible|opcional|não essencial|ein plus|wäre(?:n)? schön|gerne? gesehen|bevorzugt|de préférence|préférable|valoramos|valoraremos|preferentemente|preferencialmente|vantaggio|un vantaggio|seria ótimo|sería genial)\b|\(\s*(?:plus|bonus|optional|opcional|facultatif|opzionale|pré|pre)\s*\)|\b(?:un (?:vrai|gros|grand|réel) plus|(?:grandement |fortement |vivement )?conseillée?s?|beneficial\s*:|einarbeitungsbereitschaft|bereitschaft,? sich (?:\w+ )?einzuarbeiten|imparer(?:à|ai|ete)|aprender[áa]s)(?![a-zà-ÿ])|\b(?:se valorar[áa]n?|apprécié(?:e|s|es)?|será um (?:plus|diferencial)|é um (?:plus|diferencial)|idéalement|serait apprécié(?:e)?|será valorad[oa]|(?:is )?een pré|pluspunt|geen vereiste|bij voorkeur|strekt tot aanbeveling|\bplus\s*:)(?![a-zà-ÿ])/i;

/** A sentence that states a requirement in prose ("Demonstrated … Excel, SQL", "esperienza con …"). */
export const REQUIREMENT_CUE =
  /\b(experience (with|in|of|using)|years of|knowledge of|familiar(ity)? with|proficien|demonstrated|expertise|skilled in|background in|understanding of|ability to|comfortable with|fluency|fluent|you have|you are|must|required|at least)\b|\b(esperienza|conoscenza|familiarità|padronanza|expérience|connaissance|maîtrise|compréhension|erfahrung|kenntnisse|vertraut|experiencia|conocimiento|dominio|experiência|conhecimento|domínio)\b/i;

/** A requirement clause inside a sentence that opens as a duty ("You will collaborate …, should be comfortable with code (HTML, CSS)"). */
export const REQUIRED_CLAUSE = /\b(?:should|must)\s+(?:be|have|know|possess|bring)\b[^.;!?]*/i;

/** Words that make a sentence a description of work to be done, not a requirement of the person. */
export const DUTY_CUE = /^(you will|you'll|you’ll|help|lead|own|build|work|partner|manage|support|drive|create|design|develop)\b/i;
