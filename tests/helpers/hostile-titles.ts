/** Titles a user might type, or an attacker might plant, each with what it tests. */
export const HOSTILE_TITLES: readonly (readonly [title: string, why: string])[] = [
  ['Plymouth, north', 'a comma (CSV delimiter; ICS TEXT escape)'],
  ['The "Plymouth" plan', 'double quotes (CSV quoting)'],
  ['Plymouth; Devon', 'a semicolon (ICS TEXT escape, CSV delimiter in some locales)'],
  ['Plymouth\nsecond line', 'a line break (CSV quoted field; ICS \\n escape)'],
  ['=HYPERLINK("http://evil.example/","click")', 'a leading = (formula injection)'],
  ['+1+1', 'a leading + (formula injection)'],
  ['-2+3', 'a leading - (formula injection)'],
  ['@SUM(A1:A2)', 'a leading @ (formula injection)'],
  ['\t=1+1', 'a leading tab (formula injection, OWASP)'],
  ['back\\slash', 'a backslash (ICS TEXT escape)'],
  ["'=already quoted", 'a leading quote of its own (CSV: doubled, so the way back is unambiguous)'],
  ['Ynys Môn — 多字节 title 🎉 with a long tail that forces the iCalendar line to fold in the middle of it', 'multi-byte text across a 75-octet fold'],
  ['=cmd|\' /C calc\'!A0, "quoted"; semi\nnew line', 'everything at once'],
];
