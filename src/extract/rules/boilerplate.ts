// Boilerplate lines (bylines, captions, share bars, ads, disclaimers) as data: id, pattern, example.

/** One boilerplate rule: a line matching `pattern` is not article content. */
export interface BoilerplateRule {
  id: string;
  pattern: RegExp;
  /** Lines the rule must match (its tests). */
  examples: string[];
}

/** The boilerplate table. Patterns run on a trimmed line. */
export const BOILERPLATE_RULES: BoilerplateRule[] = [
  { id: 'ad', pattern: /^(advertisement|sponsored( content)?|promoted|ad)$/i, examples: ['Advertisement'] },
  { id: 'more-from', pattern: /^(more (news|stories|from|on)\b|read more\b|related( (articles?|stories|coverage))?:|see also\b|also read\b|recommended\b|most read\b|get more with\b|learn more$|follow us\b|sign up\b|subscribe\b|share (this|on)\b|click here\b)/i, examples: ['More news from World', 'Get more with myNEWS', 'More stories like this are available on bloomberg.com', 'Follow us on'] },
  { id: 'also-headline', pattern: /^(also|watch|listen|read|related|opinion|analysis|video|live):\s/i, examples: ['Also: US Accuses China of Risky Encounter Over the South China Sea'] },
  { id: 'share-button', pattern: /^[•·*-]?\s*(facebook|twitter|x|whatsapp|telegram|linkedin|email|print|copy link|google-news|reddit|pinterest|share)\s*$/i, examples: ['  • whatsapp', 'google-news'] },
  { id: 'photo-caption', pattern: /(\b([Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture|[Vv]ideo|[Cc]redit|[Ff]ile photo)s?\s*:\s*[^.]{0,60}\.?|[—–-]\s*(Reuters|AP|AFP|EPA|Xinhua|Getty Images|Bloomberg|UPI)\.?|\s\/\s*(AP|AFP|Reuters|Getty( Images)?|EPA|Bloomberg)\.?)$/, examples: ['Antony Blinken meets with Qin Gang in Beijing. — Reuters', 'Lloyd Austin speaks at the Pentagon on Monday. Photo: AFP', 'Antony Blinken shakes hands with Qin Gang. Leah Millis / AP'] },
  { id: 'byline', pattern: /^(by\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}(\s*(,|and)\s*\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3})*\s*$|(with )?(additional )?reporting (by|from)\b|[–—-]*\s*with assistance from\b|editing by\b|written by\b|compiled by\b|\(?(updates?|adds|recasts) with\b)/iu, examples: ['By Jane Smith and John Doe', 'With reporting from agencies.', '–With assistance from Kevin Ding.', '(Updates with Blinken-Qin meeting details)'] },
  { id: 'dateline-stamp', pattern: /^(published|updated|last updated|posted|first published|modified)\s*(on|:)?\s*[\w ,:]*\d{4}[\w ,:.]*$/i, examples: ['Updated: June 19, 2023, 4:45 AM', 'Published: Sun 18 Jun 2023, 9:31 PM'] },
  { id: 'legal', pattern: /^(disclaimer\s*:|©|\(c\)\s*\d{4}|copyright\b|all rights reserved\b|this (article|story) (was|has been) (translated|produced)|powered by automated translation$)/i, examples: ['Disclaimer: The copyright of this article belongs to the original author.', '©2023 Bloomberg L.P.', 'Powered by automated translation'] },
  { id: 'timestamp-only', pattern: /^(\d{1,2}:\d{2}(:\d{2})?|\d{1,6})$/, examples: ['01:51', '260'] },
  { id: 'short-bullet', pattern: /^[•·]\s*\S+(\s+\S+){0,3}\s*$/, examples: ['  • Follow us on'] },
];

/** Returns the id of the boilerplate rule a line matches, or null when the line is content. */
export function boilerplateRuleFor(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  for (const rule of BOILERPLATE_RULES) if (rule.pattern.test(trimmed)) return rule.id;
  return null;
}
