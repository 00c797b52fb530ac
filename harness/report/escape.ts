// Escaping for the three report formats: probe ids and captured strings come from user programs.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] as string);
}

/** Characters XML 1.0 cannot carry at all, not even as character references. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe in XML element content; characters XML forbids become `\uXXXX` text. */
export function escapeXml(text: string): string {
  return escapeHtml(text).replace(XML_FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text safe in a quoted XML attribute: parsers turn raw line breaks and tabs there into spaces, references survive. */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/[\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Text shown literally in GitHub markdown, also inside table cells and inline HTML: characters that
 * could start emphasis, code, a link, a tag, a cell, a mention (`@`), an issue link (`#`) or an emoji
 * (`:`) become numeric references.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&@#:]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\r\n]+/g, ' ');
}

/** A backtick fence longer than any backtick run in `body`, so the body cannot close it. */
export function codeFence(body: string): string {
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}
