/** Text helpers shared by the renderers: every platform caps and splits text, each at its own limits. */

/** At most n characters, with an ellipsis when cut. */
export function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/**
 * Splits text into pieces of at most n characters, at line breaks where possible, then at
 * spaces. A cut never separates an escaping backslash from what it escapes (Discord Markdown)
 * or splits an HTML entity (Slack's &amp; &lt; &gt;).
 */
export function chunk(s: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (rest.length > n) {
    let cut = rest.lastIndexOf('\n', n);
    if (cut < n / 2) cut = rest.lastIndexOf(' ', n);
    if (cut < n / 2) cut = n;
    while (cut > 1 && rest[cut - 1] === '\\') cut--;
    const amp = rest.lastIndexOf('&', cut - 1);
    if (amp > 0 && cut - amp < 6 && !rest.slice(amp, cut).includes(';')) cut = amp;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.length || out.length === 0) out.push(rest);
  return out;
}
