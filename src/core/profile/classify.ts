/** Text this long that is not an answer to anything is probably a pasted document. */
export const DOCUMENT_MIN_CHARS = 400;

const CV_CUES =
  /\b(experience|education|employment|skills|certifications?|projects|linkedin|github|curriculum vitae|resume|résumé|(19|20)\d{2}\s*[–-]\s*((19|20)\d{2}|present))\b/gi;
const JD_CUES =
  /\b(requirements|responsibilities|qualifications|you will|you'll|we are looking|we're looking|nice to have|what we offer|benefits|about the role|about us|the role|apply|salary|must have)\b/gi;

/** Guesses whether pasted text is a CV or a job description; undefined when it reads as neither. */
export function classifyDocument(text: string): 'cv' | 'jd' | undefined {
  if (text.trim().length < DOCUMENT_MIN_CHARS) return undefined;
  const cv = (text.match(CV_CUES) ?? []).length;
  const jd = (text.match(JD_CUES) ?? []).length;
  if (cv < 2 && jd < 2) return undefined;
  return jd > cv ? 'jd' : 'cv';
}
