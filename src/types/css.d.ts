/** A stylesheet imported as its text (esbuild's `text` loader; the vitest config does the same). */
declare module '*.css' {
  const text: string;
  export default text;
}
