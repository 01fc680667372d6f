import type { Report } from './schema.ts';

/**
 * A job title as a person would write it: Markdown links keep their text, bare URLs, emphasis
 * marks and heading hashes go. JDs pasted from job boards often carry "[Title](https://…) · Company".
 */
export function plainText(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<?\bhttps?:\/\/[^\s>)]+>?/gi, '')
    .replace(/^#+\s*/, '')
    .replace(/\*\*|__|[*`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s·|•—–-]+|[\s·|•—–-]+$/g, '')
    .trim();
}

/** The role with a clean title; a company named after the title ("Title · Company") moves to `company`. */
export function cleanRole(role: Report['role']): Report['role'] {
  const title = plainText(role.title);
  const company = plainText(role.company);
  const parts = title.split(/\s+(?:[·|•—–]|-)\s+/).filter(Boolean);
  if (parts.length >= 2 && (!company || parts.slice(1).some((p) => p.toLowerCase() === company.toLowerCase())))
    return { ...role, title: parts[0], company: company || parts[1] };
  return { ...role, title, company };
}
