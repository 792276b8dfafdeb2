// An element's text as paragraphs separated by blank lines; characters are kept as written.

const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "section", "summary",
  "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "pre", "caption",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input", "textarea"]);
/** HTML collapses ASCII whitespace only: NBSP and other spaces stay (see normaliseText). */
const HTML_SPACE = /[ \t\n\r\f]+/g;
/** Stands for <br> until whitespace is collapsed; HTML parsers never leave a NUL in text, so none is rewritten. */
const LINE_BREAK = "\u0000";

/** Text of `root` with blocks ("p", "li", "h2"...) separated by "\n\n" and "<br>" as "\n". */
export function htmlToText(root: Node): string {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(HTML_SPACE, " ").split(LINE_BREAK).map((line) => line.trim()).join("\n").trim();
    if (text) blocks.push(text);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) current += node.nodeValue ?? "";
    if (node.nodeType !== 1) return;
    const tag = (node as Element).localName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === "br") current += LINE_BREAK;
    else if (tag === "pre") {
      flush();
      const text = (node.textContent ?? "").replace(/^\n+|\s+$/g, "");
      if (text) blocks.push(text);
    } else if (BLOCKS.has(tag)) {
      flush();
      node.childNodes.forEach(walk);
      flush();
    } else node.childNodes.forEach(walk);
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
}
