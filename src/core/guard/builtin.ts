/** Reading the DOM's own properties past what a page's markup puts over them (DOM clobbering). */

/**
 * A built-in property of `object`, read from its prototype chain: past whatever the page's
 * markup put on the object itself. `<img name=body>` makes `document.body` that image, and
 * `<input name=parentNode>` does the same to its form's parentNode (DOM clobbering; Chromium's
 * content scripts see it, Firefox's Xray wrappers do not). DOMPurify reads the DOM the same way.
 */
export function builtin(object: object, prop: string): unknown {
  for (let o = Object.getPrototypeOf(object); o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d) return d.get ? d.get.call(object) : d.value;
  }
  return undefined;
}

/** The getter of `prop` on `object`'s prototype chain, to call on many nodes. */
export function getter<T>(object: object, prop: string): (this: Node) => T {
  for (let o = Object.getPrototypeOf(object); o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d?.get) return d.get as (this: Node) => T;
  }
  throw new Error(`no getter ${prop}`);
}
