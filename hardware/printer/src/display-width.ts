/**
 * Column width of text on a Chinese ESC/POS printer, and wrapping by it.
 *
 * Hand-written on purpose: East-Asian-Width libraries (string-width,
 * get-east-asian-width) answer "how wide in a terminal", where ambiguous
 * characters such as · — “ ° × are narrow. The printer decides by encoding
 * instead: in Chinese mode (FS &) every multi-byte GB18030 character is drawn
 * from the 24×24 hanzi font, two columns wide, and every single-byte character
 * from the 12×24 ASCII font, one column. In GB18030 exactly the code points
 * below U+0080 are single bytes, so the rule is one comparison.
 */

export function charWidth(char: string): 1 | 2 {
  return (char.codePointAt(0) ?? 0) < 0x80 ? 1 : 2;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * Control characters in catalogue text would reach the printer as commands
 * (an ESC in an item name could switch fonts or cut the paper): make them spaces.
 */
export function sanitizeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
}

/** Runs of visible ASCII stay together (words, numbers, URLs); anything else is one token. */
const TOKEN = /[\x21-\x7e]+|[^]/gu;

/**
 * Greedy wrap to `columns` display columns. Chinese breaks between any two
 * characters; an ASCII word moves whole to the next line when it fits there,
 * and is split only when it is longer than a line. Always returns at least one line.
 */
export function wrapText(text: string, columns: number): string[] {
  if (!Number.isInteger(columns) || columns < 2) {
    throw new RangeError(`wrapText: columns must be an integer ≥ 2, got ${columns}`);
  }
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const breakLine = (): void => {
    lines.push(line.trimEnd());
    line = '';
    width = 0;
  };
  for (const token of sanitizeText(text).match(TOKEN) ?? []) {
    const tokenWidth = displayWidth(token);
    const isSpace = token.trim() === '';
    if (isSpace && width === 0) continue;
    if (width + tokenWidth <= columns) {
      line += token;
      width += tokenWidth;
    } else if (isSpace) {
      breakLine();
    } else if (tokenWidth <= columns) {
      breakLine();
      line = token;
      width = tokenWidth;
    } else {
      for (const char of token) {
        const w = charWidth(char);
        if (width + w > columns) breakLine();
        line += char;
        width += w;
      }
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
