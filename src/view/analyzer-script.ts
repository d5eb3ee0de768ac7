/** The id of the `<script>` that loads analyzer.js, made by boot.ts or load-analyzer.ts. */
export const ANALYZER_SCRIPT_ID = 'qr-analyzer';
