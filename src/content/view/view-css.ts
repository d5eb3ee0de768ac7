/** The view's own chrome: the overlay, toolbar and "Who said what" panel. */

export const VIEW_CSS = `
:host{all:initial !important;display:block !important;position:fixed !important;inset:0 !important;
  z-index:2147483647 !important;contain:strict}
*,*::before,*::after{box-sizing:border-box}
.qr-page{position:absolute;inset:0;overflow-y:auto;overscroll-behavior:contain;scroll-behavior:auto}
.qr-page:focus{outline:none}
.qr-toolbar{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.25rem;align-items:center;justify-content:center;
  padding:.4rem .75rem;background:var(--qr-bg);border-bottom:1px solid var(--qr-border);font-family:var(--qr-sans);font-size:14px}
.qr-toolbar .qr-group{display:flex;gap:2px;align-items:center;padding:0 .35rem;border-inline-end:1px solid var(--qr-border)}
.qr-toolbar .qr-group:last-child{border:0}
.qr-btn{font:inherit;font-size:14px;color:var(--qr-text);background:transparent;border:1px solid transparent;border-radius:6px;
  min-width:2.2rem;height:2.2rem;padding:0 .55rem;cursor:pointer;display:inline-flex;align-items:center;justify-content:center;gap:.3rem}
.qr-btn:hover{background:var(--qr-panel);border-color:var(--qr-border)}
.qr-btn[aria-pressed="true"]{background:var(--qr-panel);border-color:var(--qr-text)}
.qr-btn:focus-visible,.qr-panel button:focus-visible,.qr-page a:focus-visible{outline:3px solid var(--qr-focus);outline-offset:1px}
.qr-btn svg{width:18px;height:18px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.qr-close{margin-inline-start:auto}
.qr-swatch{width:1.1rem;height:1.1rem;border-radius:50%;border:1px solid var(--qr-muted);display:inline-block}
.qr-swatch-light{background:#fff}.qr-swatch-sepia{background:#f4ecd8}.qr-swatch-dark{background:#1c1b22}
.qr-swatch-system{background:linear-gradient(135deg,#fff 50%,#1c1b22 50%)}
.qr-layout{display:grid;grid-template-columns:minmax(0,1fr);align-items:start}
.qr-layout.qr-with-panel{grid-template-columns:minmax(0,1fr) 21rem}
.qr-panel{position:sticky;top:3.2rem;max-height:calc(100vh - 3.2rem);overflow-y:auto;padding:1.5rem 1rem 2rem;
  font-family:var(--qr-sans);font-size:14px;line-height:1.45;background:var(--qr-panel);border-inline-start:1px solid var(--qr-border);
  color:var(--qr-text)}
.qr-panel[hidden]{display:none}
.qr-panel h2{font-size:1rem;margin:0 0 .75rem}
.qr-panel ul{list-style:none;margin:0;padding:0}
.qr-speaker{margin:0 0 1.1rem;border-inline-start:4px solid var(--qr-ink);padding-inline-start:.6rem}
.qr-speaker-head{display:flex;gap:.4rem;align-items:baseline;flex-wrap:wrap}
.qr-speaker-name{font-weight:700;font-size:.95rem;margin:0}
.qr-speaker-role{color:var(--qr-muted);font-size:.82rem;margin:.1rem 0 .35rem}
.qr-count{color:var(--qr-muted);font-size:.8rem}
.qr-only{font:inherit;font-size:.75rem;color:var(--qr-link);background:none;border:0;padding:0;cursor:pointer;text-decoration:underline}
.qr-only[aria-pressed="true"]{font-weight:700}
.qr-quote-item{display:flex;gap:.25rem;align-items:flex-start;margin:.25rem 0}
.qr-jump{font:inherit;font-size:.85rem;text-align:start;color:var(--qr-text);background:none;border:0;padding:.2rem .25rem;border-radius:4px;cursor:pointer;flex:1}
.qr-jump:hover{background:var(--qr-tint)}
.qr-copy{font:inherit;font-size:.72rem;color:var(--qr-link);background:none;border:1px solid var(--qr-border);border-radius:4px;padding:.1rem .35rem;cursor:pointer;white-space:nowrap}
.qr-empty{color:var(--qr-muted)}
.qr-message{max-width:36rem;margin:15vh auto;padding:2rem;font-family:var(--qr-sans);text-align:center}
.qr-message h1{font-size:1.4rem}
.qr-status{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width: 62rem){
  .qr-layout.qr-with-panel{grid-template-columns:minmax(0,1fr)}
  .qr-panel{position:static;max-height:none;border-inline-start:0;border-top:1px solid var(--qr-border)}
}
@media print{
  :host{position:static !important;contain:none}
  .qr-page{position:static;overflow:visible;background:#fff !important;color:#000 !important}
  .qr-toolbar,.qr-panel,.qr-copy{display:none !important}
  .qr-layout.qr-with-panel{grid-template-columns:1fr}
  .qr-article{max-width:none;padding:0}
  .qr-article a{color:#000}
  mark[data-quote-id]{background:none !important;border-bottom:1px solid #000}
  mark[data-quote-last]::after{background:none !important;color:#000 !important;border:1px solid #000}
}
`;
