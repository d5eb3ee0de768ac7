/** The readerable check alone (a CommonJS module whose export is the function). */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable as check } from '@mozilla/readability';
  const isProbablyReaderable: typeof check;
  export default isProbablyReaderable;
}
