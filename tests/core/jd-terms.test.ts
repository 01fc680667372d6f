// data/places.yaml is data: it parses, holds no name twice, and holds no place whose name is also a word of job ads.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { namesWorkplace, type PlacesFile, placePattern } from '../../src/core/profile/jd-terms.ts';

const file = yaml.load(readFileSync('data/places.yaml', 'utf8')) as PlacesFile;
const all = [...file.regions, ...file.countries, ...file.states, ...file.cities];

describe('data/places.yaml', () => {
  it('lists each place once, capitalised as written', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(new Set(all).size).toBe(all.length);
    for (const name of all) expect(name, name).toMatch(/^\p{Lu}/u);
  });

  it('holds no place named like a word of job ads (Nice, Phoenix, Mobile, Reading, Split, Bath)', () => {
    for (const word of ['Nice', 'Phoenix', 'Mobile', 'Reading', 'Split', 'Bath', 'Normal', 'Ruby', 'Java']) expect(all).not.toContain(word);
  });

  it('matches whole names only, longest first, and case-sensitively ("us" is not the US)', () => {
    const re = placePattern(file);
    expect('Our office in New York City'.match(re)).toEqual(['New York City']);
    expect('Work with us from Berlinale'.match(re)).toBeNull();
    expect('US-based team'.match(re)).toEqual(['US']);
  });

  it('reads a place of work only with a workplace word or in a short line of its own', () => {
    expect(namesWorkplace('Our team in Lisbon works hybrid.')).toBe(true);
    expect(namesWorkplace('Wrocław / Warszawa / remote')).toBe(true);
    expect(namesWorkplace('Lisbon is a lovely city with many startups and long sunny summers.')).toBe(false);
  });
});
