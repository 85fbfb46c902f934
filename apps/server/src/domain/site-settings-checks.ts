/**
 * What 大厅设置 refuses beyond its schema: a voice template that would not
 * say the ticket's number, and a public URL no phone could open (the QR code
 * on every ticket of the site points there).
 */

/** Why a call template cannot be used, or undefined. */
export function voiceTemplateProblem(template: string | undefined): string | undefined {
  if (template === undefined) return undefined;
  if (!template.includes('{number}')) return 'the template must contain {number}';
  const unknown = /\{(?!number\}|window\})[^}]*\}/.exec(template);
  if (unknown) return `unknown placeholder ${unknown[0]}`;
  return undefined;
}

/** Why a ticket's QR address cannot be this URL, or undefined (the schema checked its form). */
export function publicUrlProblem(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return 'not a URL';
  }
  if (host === 'localhost' || /^127\./.test(host) || host === '[::1]' || host === '0.0.0.0')
    return 'a phone cannot reach this machine’s own loopback address';
  return undefined;
}
