// Every piece of article text goes through escapeHtml before it reaches the page.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = string | number | null | undefined | Html | Part[];

const render = (part: Part): string =>
  part === null || part === undefined ? "" : Array.isArray(part) ? part.map(render).join("") : part instanceof Html ? part.value : escapeHtml(String(part));

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0];
  parts.forEach((p, i) => (out += render(p) + strings[i + 1]));
  return new Html(out);
}
