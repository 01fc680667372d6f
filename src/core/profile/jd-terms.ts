/**
 * The practical terms a job ad states beyond its cue words (pay, place of work, remote share, travel), for the report's
 * logistics. Where the work is, when an ad names a place without a "Location:" label: "our team in Berlin", "basado en
 * Monterrey", "work from our office at 253 Broadway, New York City", a bullet of its own ("Roma", "Amsterdam HQ"). The
 * places are a curated list (data/places.yaml); a place counts only in a sentence about where the team works, or in a
 * short line that says little else, so that "customers in 40 countries" or "founded in Berlin in 2012 by…" alone are
 * not read.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_ROOT, readDataFile } from '../data-files.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { type LogisticsKind, logisticsIn } from './jd-sections.ts';

const PlacesFile = z
  .object({
    regions: z.array(z.string().min(2)),
    countries: z.array(z.string().min(2)),
    states: z.array(z.string().min(2)),
    cities: z.array(z.string().min(2)),
  })
  .strict();
export type PlacesFile = z.infer<typeof PlacesFile>;

let cached: RegExp | undefined;

/** The place names of data/places.yaml as one case-sensitive pattern, longest first ("New York City" before "New York"). */
export function placePattern(file: PlacesFile = readDataFile(join(DATA_ROOT, 'places.yaml'), PlacesFile)): RegExp {
  const names = [...new Set([...file.regions, ...file.countries, ...file.states, ...file.cities])].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

const places = () => {
  cached ??= placePattern();
  return cached;
};

/** Words that make a sentence about where the team works, in the languages ads are read in. */
const WORKPLACE =
  /\b(?:based|located|relocat\w*|office|offices|HQ|headquarter\w*|on-?site|in[- ]person|hybrid|(?:teams?|équipes?|equipos?|equipe|team) (?:in|at|en|à|em|basée?|based|located)|work(?:ing)? (?:from|in|at)|(?:position|role) (?:is )?(?:based|located|in)|city cent(?:re|er)|area|residing|residents?|basad[oa]|ubicad[oa]|oficinas?|sede|presencial|bureaux?|situé(?:e|s)?|présentiel|locaux|Sitz|Standort|Büro|vor Ort|Arbeitsort|ufficio|uffici|escritório|basead[oa]|kantoor|gevestigd|locatie|Zentrum)\b/i;

/** What a short line may hold besides places and still be a line about the place ("Amsterdam HQ", "Full-Time, NYC Area & Remote"). */
const FILLER =
  /\b(?:and|or|&|und|oder|et|ou|y|o|e|of|the|remote|hybrid|on-?site|office|HQ|area|greater|metro|city|centre|center|full[- ]time|part[- ]time|or remote|und remote|\d+\s?%|unbefristet|befristet|in|based)\b/gi;

/** A sentence or short line that says where the work is, by naming a place. */
export function namesWorkplace(line: string): boolean {
  const found = line.match(places());
  if (!found) return false;
  if (WORKPLACE.test(line)) return true;
  const rest = line
    .replace(places(), ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(FILLER, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return rest.split(/\s+/).filter(Boolean).length <= 1;
}

/** A line that labels the place of work ("Dónde: Buenos Aires", "Lieu : Paris", "Ort: Berlin", "Where: London"). */
const PLACE_LABEL =
  /^(?:<[^>]+>|[\W_])*(?:where|place|city|office|work ?place|location|lieu(?: de travail)?|ville|ort|arbeitsort|dienstort|einsatzort|dónde|donde|ubicación|lugar(?: de trabajo)?|sede|luogo(?: di lavoro)?|localização|local(?: de trabalho)?|locatie|standplaats|werkplek)[\W_]*\s*:\s*[*_<>\w]/i;

/** A place field whose value is only a way of working ("Remote", "Fully remote", "Remoto", "Travail à domicile à distance"). */
const REMOTE_ONLY =
  /^(?:fully |full[- ]|100\s?% |completely )?(?:remote|remoto|remota|à distance|travail à domicile(?: à distance)?|télétravail|home ?office|teletrabajo)\.?$/i;

/** Travel in other words: offsites and retreats, meeting the team in person, field work, visits to customers. */
const TRAVEL_MORE =
  /\b(?:offsites?|off-sites?|retreats?|(?:team|in[- ]person|company)\s+meet-?ups?|(?:get|come|meet|bring\w*)\s+(?:the\s+)?(?:[\w/]+\s+){0,2}together\s+in[- ]person|in[- ]person\s+(?:gatherings?|meetings?|events?|week))\b|\breisen\b|\bgerne\s+unterwegs\b|\baußendienst|\bviajar\b|\bviajes?\s+y\s+alojamiento|\bop\s+pad\b|\breizen\b|\bspostament/i;
/** Remote or on-site work in other words: "work distributedly", "based remotely", "80% in-office / 20% WFH", "en présentiel". */
const REMOTE_MORE =
  /\bremotely\b|\bdistributedly\b|\bwork(?:ing)?\s+(?:almost\s+exclusively\s+|mostly\s+)?from\s+home\b|\bWFH\b|\bin-office\b|\bin[- ]person\s+(?:role|collaboration|office|work|position|days?)\b|\b(?:en\s+)?présentiel\b|\btelearbeit\b|\btelework\w*|\bhome-office\b|\bflexible\s+(?:work\s+)?location\b|\bwork\s+(?:from\s+)?anywhere\b|\bteletrabajo\b|\b(?:\d|two|three|four)\s+office\s+days\b|\bthuiswerk\w*|\bGestaltung\s+deine[sr]\s+(?:Arbeitszeit\s+und\s+deines\s+)?Arbeitsort/i;

/** Pay in other words: a pay grade or scale ("Grade: PO2", "TV-L E 12"), a market-rate or attractive salary, equity. */
const PAY_MORE =
  /\bgrade\s*:\s*\S|\b(?:TV-?L|TVöD|TV-?H)\b|\bvergütung\b|\w*gehalt\b|\bsalaris\b|\bmarket[- ]rate\s+(?:salary|pay)|\bmarket\s+salary|\bmarktgerecht\w*|\bmarktconform\w*|\battraktiv\w*\s+(?:bezahlt|vergütet)|\bequity\s+(?:&|and)\s+comp\w*|\b(?:stock|share)\s+options\b|\bcomp(?:ensation)?\s+packages?\b|\bhourly\s+rate\b|\bprovision(?:sbasis|en)?\b(?=[^.]*\b(?:verkauf|umsatz|abschl))/i;

/** A duty about someone else's travel ("Travel arrangements", "gestione trasferte"), or travel as a customer's industry. */
const NOT_OWN_TRAVEL =
  /\btravel\s+(?:arrangements?|bookings?|policy|records?|requests?)|\b(?:book(?:ing)?|arrang\w+|organi[sz]\w+|manag\w+|records?\s+and\s+forms)\b[^.]{0,60}\btravel|\bgestione\s+trasferte|\bsectores?\b[^.]*\bviajes\b/i;

/**
 * The practical terms a line states (pay, place, remote work, travel): the cue words of `logisticsIn`, a labelled or
 * named place of work, travel in other words (offsites, field work), never someone else's travel (a duty to book it),
 * and never a place for "Location: Remote", which says how the team works, not where.
 */
export function termsIn(line: string): LogisticsKind[] {
  const kinds = new Set(logisticsIn(line));
  if (PLACE_LABEL.test(line) || namesWorkplace(line)) kinds.add('location');
  if (TRAVEL_MORE.test(line)) kinds.add('travel');
  if (REMOTE_MORE.test(line)) kinds.add('remote');
  if (PAY_MORE.test(line)) kinds.add('pay');
  if (NOT_OWN_TRAVEL.test(line)) kinds.delete('travel');
  const value = line
    .replace(/<[^>]+>|[*_]/g, '')
    .replace(/^[^:]*:\s*/, '')
    .trim();
  if (kinds.has('location') && REMOTE_ONLY.test(value)) {
    kinds.delete('location');
    kinds.add('remote');
  }
  return [...kinds];
}
