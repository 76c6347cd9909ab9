// Tiny DOM helpers: every piece of data is inserted as text, never as HTML.

/** Creates an element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string | null>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  // inline styles go through CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows
  for (const [k, v] of Object.entries(attrs)) if (k === 'style') el.style.cssText = v;
  else el.setAttribute(k, v);
  for (const c of children) if (c !== null) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Array<Node | string | null>): void {
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null));
}

/** Offers a text file for download. */
export function download(name: string, type: string, content: string | Blob): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const a = h('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(a.href);
    a.remove();
  }, 1000);
}
