import { createHash } from 'node:crypto';

/** The report page's stylesheet: screen (dashboard, sticky contents, phone layout) and print. */
export const PAGE_CSS = `
:root{--ink:#111827;--muted:#4b5563;--line:#d9dde3;--bg:#f4f5f7;--card:#fff;--accent:#1d4ed8;--good:#047857;--warn:#b45309;--bad:#b91c1c;--chip:#eef2ff;--chip-ink:#312e81}
[hidden]{display:none!important}*{box-sizing:border-box}html{scroll-behavior:smooth}body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:8px}.skip:focus{left:8px;z-index:10}
.wrap{max-width:1180px;margin:0 auto;padding:0 20px}
header.top{background:#0f172a;color:#f8fafc;padding:28px 0 24px}header.top .kicker{color:#bfdbfe}
header.top h1{font-size:28px;margin:4px 0 6px;line-height:1.2}header.top .facts{margin:0;color:#e2e8f0;display:flex;flex-wrap:wrap;gap:4px 18px;padding:0;list-style:none}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--accent);font-weight:700}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin-top:20px}
.tile{background:#fff;color:var(--ink);border-radius:12px;padding:14px 16px}.tile b{display:block;font-size:30px;line-height:1.1}.tile span{font-size:13px;color:var(--muted)}
.tile.fit b{color:var(--fit)}.callout{margin:12px 0 0;color:#e2e8f0;font-size:14px}
.layout{display:grid;grid-template-columns:200px minmax(0,1fr);gap:28px;padding-top:24px;padding-bottom:64px}
nav.toc{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:12px 0}
nav.toc ul{list-style:none;margin:0;padding:0}nav.toc a{display:block;padding:5px 10px;border-radius:8px;text-decoration:none;color:var(--ink);font-size:14px}
nav.toc a:hover{background:#e5e7eb}nav.toc ul.sub a{padding:3px 10px 3px 22px;font-size:13px;color:var(--muted)}
main section{scroll-margin-top:60px}
h2{font-size:21px;margin:36px 0 12px;padding-top:8px;border-top:1px solid var(--line)}main section:first-child h2{margin-top:0;border-top:0}
h3{font-size:17px;margin:18px 0 8px}h4{font-size:16px;margin:4px 0 6px}.muted{color:var(--muted)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:14px}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:16px}
.tags{display:flex;flex-wrap:wrap;gap:4px;margin:4px 0}.tags span{background:var(--chip);color:var(--chip-ink);border-radius:999px;padding:2px 10px;font-size:12px}
.why{font-size:16px;background:var(--card);border-left:4px solid var(--good);padding:12px 16px;border-radius:6px}
table{border-collapse:collapse;width:100%;background:var(--card)}td,th{border:1px solid var(--line);padding:7px 10px;overflow-wrap:break-word;text-align:left;vertical-align:top;font-size:14px}
th{background:#eef0f3}.st{font-weight:700;white-space:nowrap}.st.proven{color:var(--good)}.st.transferable{color:var(--warn)}.st.missing{color:var(--bad)}
.risk{margin-top:6px;padding:6px 8px;background:#fef2f2;border-radius:6px}.risk b{color:var(--bad)}
blockquote{margin:6px 0;padding:4px 12px;border-left:3px solid var(--line);background:var(--card)}
figure.hl{margin:8px 0;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 14px}figure.hl blockquote{margin:0 0 4px;padding:0 0 0 10px;border-left-color:var(--accent)}figure.hl figcaption{font-size:14px;color:var(--muted)}
form.filters{display:flex;flex-wrap:wrap;gap:10px;align-items:end;background:var(--card);border:1px solid var(--line);border-radius:12px;padding:12px 14px;margin:0 0 8px}
form.filters label{display:flex;flex-direction:column;font-size:13px;font-weight:600;gap:3px}
form.filters select,form.filters input{font:inherit;padding:6px 8px;border:1px solid #6b7280;border-radius:8px;background:#fff;color:var(--ink);min-width:140px}
form.filters button{font:inherit;padding:6px 14px;border-radius:8px;border:1px solid var(--accent);background:#fff;color:var(--accent);cursor:pointer}
.round h3{display:flex;gap:10px;align-items:baseline}.round h3 small{font-weight:400;color:var(--muted);font-size:13px}
.q{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:12px 16px;margin:10px 0}.q .because{margin:6px 0 0;font-size:14px}.q .meta{font-size:13px;color:var(--muted)}
.bar{height:6px;background:#e5e7eb;border-radius:3px;overflow:hidden;margin:6px 0 8px;max-width:280px}.bar i{display:block;height:100%;background:var(--accent)}
details summary{cursor:pointer;color:var(--accent);font-weight:600;margin-top:6px}details ol{padding-left:20px}.principle{font-weight:600}
.insight{background:#ecfdf5;border-left:3px solid var(--good);padding:8px 12px;border-radius:4px;margin-top:8px}
td:last-child{overflow-wrap:anywhere}.skills td:first-child{width:11em}ol.plan{padding:0;margin:0}.plan li{list-style:none}.plan ul{padding-left:0}.plan label{display:flex;gap:8px;align-items:flex-start;padding:3px 0}.plan input{margin-top:4px;width:18px;height:18px}
.plan .date{font-weight:700;color:var(--accent)}
footer{font-size:13px;color:var(--muted);padding:24px 0 40px}
@media (max-width:860px){
.layout{display:block;padding-top:0}header.top h1{font-size:23px}
nav.toc{position:sticky;top:0;z-index:5;background:var(--bg);border-bottom:1px solid var(--line);margin:0 -20px 12px;padding:6px 12px;overflow-x:auto;max-height:none}
nav.toc ul{display:flex;gap:2px;white-space:nowrap}nav.toc ul.sub{display:none}main section{scroll-margin-top:56px}
.tiles{grid-template-columns:repeat(2,minmax(0,1fr))}td,th{padding:5px 6px}.st{white-space:normal}.skills td:first-child{width:auto}
.skills thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}.skills,.skills tbody,.skills tr,.skills td{display:block}.skills tr{border-bottom:1px solid var(--line);padding:6px 0}.skills td{border:0;padding:2px 8px}.skills td.st{display:inline-block}.skills td:first-child{display:inline-block}
}
@media print{
body{background:#fff;font-size:11pt}.skip,nav.toc,form.filters,#qcount{display:none!important}
.layout{display:block;padding:0}header.top{background:#fff;color:var(--ink);padding:0 0 8px;border-bottom:2px solid var(--ink)}
header.top .facts,.callout,header.top .kicker{color:var(--ink)}.tile{border:1px solid var(--line)}
.card,.q,.tile,blockquote,figure,tr,.plan li,.risk{break-inside:avoid}h2,h3,h4{break-after:avoid}
.round[hidden],article.q[hidden]{display:block!important}
details::details-content{content-visibility:visible;display:block}details summary,.q .because{display:none}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:9pt;color:var(--muted);word-break:break-all}
}
`;

/**
 * The page's only script: the question filter, a live days-left count and a remembered checklist.
 * Everything it touches is already readable without it (the filter form starts hidden).
 */
export const PAGE_SCRIPT = `(()=>{
const f=document.getElementById('qfilter'),qs=[...document.querySelectorAll('article.q')],rounds=[...document.querySelectorAll('section.round')],count=document.getElementById('qcount');
if(f){f.hidden=false;const v=(n)=>f.elements.namedItem(n).value;
const run=()=>{const c=v('category'),r=v('round'),l=Number(v('likelihood')),t=v('search').trim().toLowerCase();let n=0;
for(const q of qs){const d=q.dataset,show=(!c||d.category===c)&&(!r||d.round===r)&&Number(d.likelihood)>=l&&(!t||q.textContent.toLowerCase().includes(t));q.hidden=!show;if(show)n++}
for(const s of rounds)s.hidden=!s.querySelector('article.q:not([hidden])');count.textContent='Showing '+n+' of '+qs.length+' questions'};
f.addEventListener('input',run);f.addEventListener('change',run);f.addEventListener('reset',()=>setTimeout(run));f.addEventListener('submit',(e)=>{e.preventDefault();run()})}
const d=document.querySelector('[data-interview]');if(d){const n=new Date(),left=Math.round((Date.parse(d.dataset.interview+'T00:00:00Z')-Date.UTC(n.getFullYear(),n.getMonth(),n.getDate()))/864e5);d.textContent=String(Math.max(left,0));
const w=document.querySelector('[data-days-text]');if(w)w.textContent='('+(left===0?'today':left===1?'tomorrow':left>1?'in '+left+' days':-left+' day'+(left===-1?'':'s')+' ago')+')'}
const key='prep-plan-'+document.body.dataset.report;let done={};try{done=JSON.parse(localStorage.getItem(key)||'{}')}catch{}
for(const b of document.querySelectorAll('.plan input[type=checkbox]')){b.checked=Boolean(done[b.id]);b.addEventListener('change',()=>{done[b.id]=b.checked;try{localStorage.setItem(key,JSON.stringify(done))}catch{}})}
addEventListener('beforeprint',()=>{for(const x of document.querySelectorAll('details'))x.open=true});
})();`;

const SCRIPT_HASH = `sha256-${createHash('sha256').update(PAGE_SCRIPT).digest('base64')}`;

/**
 * The Content-Security-Policy of the report page, the one place it is built: the page's meta tag
 * and the web server's response header both use it. Only the page's own script (by hash) may run;
 * nothing is fetched. `frame-ancestors` is ignored in a meta tag, so only the header carries it.
 */
export function reportContentSecurityPolicy(where: 'header' | 'meta' = 'header'): string {
  return [
    "default-src 'none'",
    `script-src '${SCRIPT_HASH}'`,
    "style-src 'unsafe-inline'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(where === 'header' ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}
