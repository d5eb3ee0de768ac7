/**
 * DOM clobbering: markup whose `name` or `id` shadows a property the pipeline reads
 * (`<img name=body>` makes `document.body` that image). Such a page is read from a copy without
 * those names; every other page as it is.
 */
import { builtin } from './builtin.js';

/**
 * Document properties the pipeline and Readability read, and node properties they walk with:
 * a page whose markup overrides any of them (DOM clobbering) is read from a clean copy.
 */
const DOCUMENT_PROPS = [
  'body',
  'head',
  'documentElement',
  'title',
  'baseURI',
  'URL',
  'documentURI',
  'location',
  'defaultView',
  'implementation',
  'createElement',
  'createTextNode',
  'createTreeWalker',
  'createNodeIterator',
  'createDocumentFragment',
  'importNode',
  'adoptNode',
  'cloneNode',
  'querySelector',
  'querySelectorAll',
  'getElementById',
  'getElementsByTagName',
  'getElementsByClassName',
  'getElementsByName',
  'childNodes',
  'firstChild',
  'firstElementChild',
  'lastChild',
  'children',
  'nodeType',
  'nodeName',
  'ownerDocument',
];
const NODE_PROPS = [
  'parentNode',
  'parentElement',
  'firstChild',
  'lastChild',
  'nextSibling',
  'previousSibling',
  'childNodes',
  'children',
  'firstElementChild',
  'lastElementChild',
  'nextElementSibling',
  'previousElementSibling',
  'nodeType',
  'nodeName',
  'tagName',
  'localName',
  'namespaceURI',
  'textContent',
  'innerHTML',
  'outerHTML',
  'attributes',
  'ownerDocument',
  'className',
  'id',
  'style',
  'hidden',
  'getAttribute',
  'setAttribute',
  'removeAttribute',
  'hasAttribute',
  'hasAttributes',
  'removeChild',
  'appendChild',
  'insertBefore',
  'replaceChild',
  'cloneNode',
  'querySelector',
  'querySelectorAll',
  'getElementsByTagName',
  'matches',
  'closest',
  'contains',
  'remove',
  'replaceWith',
  'append',
  'hasChildNodes',
  'normalize',
  'isConnected',
];

/** Whether `object[prop]` is something other than the built-in. */
function shadowed(object: object, prop: string): boolean {
  // An unforgeable built-in (document.location) is an accessor on the object itself, while what
  // markup adds (`<img name=body>`) shows as a data property: only the latter is clobbering.
  if (Object.getOwnPropertyDescriptor(object, prop)?.get) return false;
  return (object as Record<string, unknown>)[prop] !== builtin(object, prop);
}

/**
 * `doc` itself, or, when its markup clobbers the DOM (`<img name=body>`, `<input
 * name=parentNode>` in a form), a copy without the `name` and `id` values that shadow a
 * built-in of the document or of a form. The input document is never changed.
 */
export function declobber(doc: Document): Document {
  const forms = Array.from(
    (builtin(doc, 'getElementsByTagName') as Document['getElementsByTagName']).call(doc, 'form'),
  );
  const clobbered =
    DOCUMENT_PROPS.some((p) => shadowed(doc, p)) || forms.some((form) => NODE_PROPS.some((p) => shadowed(form, p)));
  if (!clobbered) return doc;
  const copy = (builtin(doc, 'cloneNode') as Document['cloneNode']).call(doc, true) as Document;
  const implementation = builtin(copy, 'implementation') as DOMImplementation;
  const formProto = Object.getPrototypeOf(implementation.createHTMLDocument('').createElement('form')) as object;
  const docProto = Object.getPrototypeOf(copy) as object;
  const named = (builtin(copy, 'querySelectorAll') as Document['querySelectorAll']).call(copy, '[name], [id]');
  const root = builtin(copy, 'documentElement') as Element;
  const getAttribute = builtin(root, 'getAttribute') as Element['getAttribute'];
  const removeAttribute = builtin(root, 'removeAttribute') as Element['removeAttribute'];
  for (const el of Array.from(named)) {
    for (const attr of ['name', 'id']) {
      const value = getAttribute.call(el, attr);
      if (value !== null && (value in docProto || value in formProto)) removeAttribute.call(el, attr);
    }
  }
  return copy;
}
