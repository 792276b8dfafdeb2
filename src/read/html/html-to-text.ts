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

/**
 * Text of `root` with blocks ("p", "li", "h2"...) separated by "\n\n" and "<br>" as "\n". Walked with a
 * stack of its own, not by recursion: a page nested thousands of elements deep keeps its text.
 */
export function htmlToText(root: Node): string {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(HTML_SPACE, " ").split(LINE_BREAK).map((line) => line.trim()).join("\n").trim();
    if (text) blocks.push(text);
    current = "";
  };
  // Each entry is a node to visit, or FLUSH: the end of a block whose children were pushed above it.
  const FLUSH = null;
  const stack: (Node | typeof FLUSH)[] = [root];
  const pushChildren = (node: Node) => {
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  };
  while (stack.length) {
    const node = stack.pop()!;
    if (node === FLUSH) { flush(); continue; }
    if (node.nodeType === 3) current += node.nodeValue ?? "";
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType !== 1) { pushChildren(node); continue; }
    const tag = (node as Element).localName.toLowerCase();
    if (SKIP.has(tag)) continue;
    if (tag === "br") current += LINE_BREAK;
    else if (tag === "pre") {
      flush();
      const text = (node.textContent ?? "").replace(/^\n+|\s+$/g, "");
      if (text) blocks.push(text);
    } else if (BLOCKS.has(tag)) {
      flush();
      stack.push(FLUSH);
      pushChildren(node);
    } else pushChildren(node);
  }
  flush();
  return blocks.join("\n\n");
}

/** How deeply `root` nests elements, counted without recursion (stops counting past `limit`). */
export function nestingDepth(root: Node, limit: number): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return deepest;
}
