import { canNameEmployer } from '../profile/employer.ts';
import type { Report } from './schema.ts';

/**
 * A job title as a person would write it: Markdown links keep their text, bare URLs, emphasis
 * marks and heading hashes go. JDs pasted from job boards often carry "[Title](https://…) · Company".
 */
export function plainText(s: string): string {
  return (
    s
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<?\bhttps?:\/\/[^\s>)]+>?/gi, '')
      .replace(/^#+\s*/, '')
      // (A star inside a word is German's gender star, "Mitarbeiter*in": it stays.)
      .replace(/\*\*|__|`|(?<!\p{L})\*|\*(?!\p{L})/gu, '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s·|•—–-]+|[\s·|•—–-]+$/g, '')
      .trim()
  );
}

/** The role with a clean title; a company named after the title ("Title · Company") moves to `company`. */
export function cleanRole(role: Report['role']): Report['role'] {
  const title = plainText(role.title);
  const company = plainText(role.company);
  const parts = title.split(/\s+(?:[·|•—–]|-)\s+/).filter(Boolean);
  // ("Kaufmännischer Mitarbeiter – Buchhaltung": a department after the job is no employer; the title keeps it.)
  if (parts.length >= 2 && (company ? parts.slice(1).some((p) => p.toLowerCase() === company.toLowerCase()) : canNameEmployer(parts[1])))
    return { ...role, title: parts[0], company: company || parts[1] };
  return { ...role, title, company };
}
