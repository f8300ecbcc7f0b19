/** Text as HTML: every character that could open markup or end an attribute becomes a character reference. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
