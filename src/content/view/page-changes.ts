/**
 * Has the page's DOM changed since its copy was made? A MutationObserver from the moment the copy
 * starts; the view's own holder (added, shown, removed) does not count. It stops at the first
 * change, so a page that keeps changing pays for one callback, and one that does not, for none.
 */

export interface PageChanges {
  /** Whether anything of the page's changed since the watch began. */
  changed(): boolean;
  stop(): void;
}

/**
 * Starts watching; `ours` says which nodes are the view's own (its holders, old and new), and
 * `oursRecord` which changes are the view's own doing (hiding the page from assistive technology).
 */
export function watchPageChanges(
  ours: (node: Node) => boolean,
  oursRecord: (record: MutationRecord) => boolean = () => false,
): PageChanges {
  let changed = false;
  const isPages = (record: MutationRecord): boolean => {
    if (ours(record.target) || oursRecord(record)) return false;
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return !(record.type === 'childList' && nodes.length > 0 && nodes.every(ours));
  };
  const see = (records: MutationRecord[]): void => {
    if (changed || !records.some(isPages)) return;
    changed = true;
    observer.disconnect();
  };
  const observer = new MutationObserver(see);
  if (document.documentElement) {
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  } else changed = true;
  return {
    changed: () => {
      // Records not delivered yet count too.
      if (!changed) see(observer.takeRecords());
      return changed;
    },
    stop: () => observer.disconnect(),
  };
}
