/** Copying text from the view. */
import { h } from './h.js';

/** Copies `text`; false when neither way worked. `root` holds the fallback's text area for a moment. */
export async function copyText(root: ShadowRoot, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fallback where the async clipboard is refused (no user activation in this frame).
    const area = h('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    root.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
