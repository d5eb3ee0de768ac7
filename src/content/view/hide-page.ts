/**
 * While the view is open, the page beneath it is hidden from assistive technology: a screen
 * reader's browse mode reads the view, not the page it covers. What a modal dialog did by making
 * the page inert, which restyles all of it (100–200 ms on a 5 MB page, mount.ts); `aria-hidden`
 * on the page's top-level elements costs an attribute write each. Text placed right in `<body>`
 * (not in an element) cannot carry the attribute: each such text is put in a `<span
 * aria-hidden="true">` of the view's while it is open, and back where it was on close. (Hiding it
 * by the body's own visibility restyled every child of `<body>` at once, 70–190 ms on a page of
 * 50,000, on opening and again on closing.) The page's copy takes the text, not the wrapper
 * (`isLooseTextWrapper`).
 *
 * On a page with tens of thousands of children of `<body>` they are walked a slice at a time
 * (SLICE_MS each), so that no single task of the page's main thread is long.
 *
 * Each element's own `aria-hidden` (or its absence) is kept and given back on close, so the page
 * comes back byte for byte. Elements the page adds to `<html>` meanwhile are hidden too; a value
 * the page writes meanwhile is the one given back. The page's copy reads the page's own values
 * (`originalAriaHidden`), never ours.
 */

const ATTRIBUTE = 'aria-hidden';

/** The longest one slice of writes holds the page's main thread, in ms. */
const SLICE_MS = 8;
/** Elements written between two looks at the clock. */
const CHECK_EVERY = 256;

/** Whether `node` is text, other than white space, that sits right in `<body>`. */
function isLooseText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE && /\S/.test((node as Text).data);
}

/** Runs `fn` in a task of its own, after what is already queued (no 4 ms clamp as with nested timers). */
function later(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

/** The elements hidden now, with the value the page gave each (null: none). */
const pageValues = new Map<Element, string | null>();
/** Every element the view ever hid: its `aria-hidden` comes and goes with the view. */
const everHidden = new WeakSet<Element>();
/** Every wrapper the view ever put around loose text, and every text it wrapped. */
const everWrapper = new WeakSet<Node>();
const everWrapped = new WeakSet<Node>();

/** Whether `el` is the view's wrapper around text that was right in `<body>`: not the page's. */
export function isLooseTextWrapper(el: Element): boolean {
  return everWrapper.has(el);
}

/**
 * The page's own `aria-hidden` of `el` while the view hides it: a string, null (none), or
 * undefined when the view does not hide `el`.
 */
export function originalAriaHidden(el: Element): string | null | undefined {
  return pageValues.get(el);
}

/**
 * Whether `record` may be the view's own doing: a change of `aria-hidden` on an element the view
 * hid, or loose text put in a wrapper or taken out. Not a change of what the page says. Judged
 * when the record is delivered (a text's move into its wrapper is told by where it is then).
 */
export function isHidingRecord(record: MutationRecord): boolean {
  if (record.type === 'childList') {
    if (everWrapper.has(record.target)) return true;
    const added = Array.from(record.addedNodes);
    const removed = Array.from(record.removedNodes);
    const nodes = [...added, ...removed];
    // A wrapper put in or taken out (with its text back in its place).
    if (nodes.some((n) => everWrapper.has(n))) return nodes.every((n) => everWrapper.has(n) || everWrapped.has(n));
    // A text gone from its parent into its wrapper.
    return (
      added.length === 0 &&
      removed.length > 0 &&
      removed.every((n) => everWrapped.has(n) && n.parentNode !== null && everWrapper.has(n.parentNode))
    );
  }
  return (
    record.type === 'attributes' &&
    record.attributeName === ATTRIBUTE &&
    record.target.nodeType === Node.ELEMENT_NODE &&
    (everHidden.has(record.target as Element) || everWrapper.has(record.target))
  );
}

/** Where the walk of one container's children stands: the child to look at next (null: done). */
interface Cursor {
  parent: Node;
  next: Node | null;
}

/**
 * Hides the page's top-level content: each element child of `<body>`, and each child of `<html>`
 * but `<head>`, `<body>` and `holder`. Not `<body>` itself: Chromium ignores `aria-hidden` there.
 * The children of `<body>` are walked a slice at a time, the first at once, the rest in later
 * tasks, and loose text is looked for in the same walk: no slice goes through all of them.
 * `show` gives each element its own value back (an element not reached yet was never changed).
 */
export function hidePage(holder: Element): { show: () => void } {
  const root = document.documentElement;
  if (!root) return { show: () => undefined };
  /** `<html>`, and each `<body>` seen in it: the elements whose children are hidden. */
  const containers = new Set<Node>([root]);
  /** Our writes of each element's value not yet seen by the observer: their records are not the page's. */
  const ownWrites = new Map<Element, number>();
  /** One per `<body>`: how far its children are walked. Children added behind a cursor are the observer's. */
  const cursors: Cursor[] = [];
  /** Whether a slice is waiting for its task; none is before the first slice, run at once. */
  let scheduled = true;
  let closed = false;
  /** The wrappers put around loose text this time, taken away by `show`. */
  const wrappers: Element[] = [];
  const seeLooseText = (node: Node): void => {
    const parent = node.parentNode;
    if (!parent || !isLooseText(node)) return;
    const wrapper = document.createElement('span');
    wrapper.setAttribute(ATTRIBUTE, 'true');
    everWrapper.add(wrapper);
    everWrapped.add(node);
    wrappers.push(wrapper);
    parent.insertBefore(wrapper, node);
    wrapper.appendChild(node);
  };
  /** A child the page removes where a walk stands: the walk goes on from the child that followed it. */
  const removedAhead = (record: MutationRecord): void => {
    for (const cursor of cursors) {
      if (cursor.parent !== record.target || !cursor.next) continue;
      for (const node of Array.from(record.removedNodes)) {
        if (node === cursor.next) {
          cursor.next = record.nextSibling;
          break;
        }
      }
    }
  };
  // One observer for the containers' children, one for `aria-hidden` anywhere: observing each
  // hidden element on its own cost a second on a page with 50,000 children of <body>.
  const see = (records: MutationRecord[]): void => {
    for (const record of records) {
      if (record.type === 'childList') {
        if (record.removedNodes.length) removedAhead(record);
        for (const node of Array.from(record.addedNodes)) {
          if (node.parentNode !== record.target) continue;
          if (node.nodeType === Node.ELEMENT_NODE) consider(node as Element);
          else if (containers.has(node.parentNode) && node.parentNode !== root) seeLooseText(node);
        }
        continue;
      }
      const el = record.target as Element;
      const own = ownWrites.get(el) ?? 0;
      if (own > 0) {
        if (own === 1) ownWrites.delete(el);
        else ownWrites.set(el, own - 1);
      } else if (pageValues.has(el)) {
        // The page wrote a value of its own: it is the one given back; the page stays hidden.
        pageValues.set(el, el.getAttribute(ATTRIBUTE));
        hideNow(el);
      } else if (everWrapper.has(el)) hideNow(el);
    }
  };
  const values = new MutationObserver(see);
  const observer = new MutationObserver(see);

  function hideNow(el: Element): void {
    if (el.getAttribute(ATTRIBUTE) === 'true') return;
    ownWrites.set(el, (ownWrites.get(el) ?? 0) + 1);
    el.setAttribute(ATTRIBUTE, 'true');
  }

  function hide(el: Element): void {
    if (pageValues.has(el)) return;
    pageValues.set(el, el.getAttribute(ATTRIBUTE));
    everHidden.add(el);
    hideNow(el);
  }

  function consider(el: Element): void {
    if (el === holder || el.localName === 'head' || everWrapper.has(el)) return;
    if (el.parentNode === root && el.localName === 'body') {
      if (containers.has(el)) return;
      containers.add(el);
      observer.observe(el, { childList: true });
      cursors.push({ parent: el, next: el.firstChild });
      if (!scheduled) {
        scheduled = true;
        later(slice);
      }
    } else hide(el);
  }

  /** Looks at the child where `cursor` stands and moves it on; false when its walk is done. */
  function step(cursor: Cursor): boolean {
    let node = cursor.next;
    // A child moved elsewhere without a record yet: the walk starts again (what it saw is skipped fast).
    if (node && node.parentNode !== cursor.parent) node = cursor.parent.firstChild;
    if (!node) return false;
    // Taken before the look: loose text goes into a wrapper.
    cursor.next = node.nextSibling;
    if (node.nodeType !== Node.ELEMENT_NODE) seeLooseText(node);
    else if (!everWrapper.has(node)) hide(node as Element);
    return cursor.next !== null;
  }

  /** Walks the containers' children until the slice's time is up; the rest goes on in a later task. */
  function slice(): void {
    scheduled = false;
    if (closed) return;
    const started = performance.now();
    let seen = 0;
    for (const cursor of cursors) {
      while (step(cursor)) {
        if (++seen % CHECK_EVERY === 0 && performance.now() - started > SLICE_MS) {
          scheduled = true;
          later(slice);
          return;
        }
      }
      cursor.next = null;
    }
  }

  observer.observe(root, { childList: true });
  values.observe(root, { subtree: true, attributes: true, attributeFilter: [ATTRIBUTE] });
  for (const el of Array.from(root.children)) consider(el);
  slice();

  return {
    show() {
      closed = true;
      cursors.length = 0;
      // What the page wrote last, not yet delivered, is its value too.
      see(values.takeRecords());
      observer.disconnect();
      values.disconnect();
      for (const [el, value] of pageValues) {
        if (value === null) el.removeAttribute(ATTRIBUTE);
        else if (el.getAttribute(ATTRIBUTE) !== value) el.setAttribute(ATTRIBUTE, value);
      }
      pageValues.clear();
      // Each text where its wrapper is (with anything the page put in it meanwhile); one the page
      // took away stays away.
      for (const wrapper of wrappers) if (wrapper.parentNode) wrapper.replaceWith(...Array.from(wrapper.childNodes));
      wrappers.length = 0;
    },
  };
}
