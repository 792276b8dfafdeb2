// The report page's only stylesheet, inlined: no external assets.

export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1d232a; --bg: #fbfbf8; --muted: #5d6670; --line: #d9dcd5; --card: #fff;
  --disputed: #b3261e; --denied: #7a2e8c; --unconfirmed: #8a6d00; --single_source: #4f5b66; --one_sided: #b45309; --corroborated: #1f7a3a; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e1; --bg: #15181b; --muted: #9aa3ab; --line: #2f353a; --card: #1c2024; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 70rem; padding: 1.5rem; font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
h1 { margin: 0 0 .25rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; list-style: none; }
.prop { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: 1rem 0; }
.prop h3 { margin: 0 0 .5rem; font-size: 1.05rem; display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; }
.status { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: #fff; padding: .1rem .45rem; border-radius: 4px; background: var(--single_source); }
.status.disputed { background: var(--disputed); } .status.denied { background: var(--denied); } .status.unconfirmed { background: var(--unconfirmed); }
.status.one_sided { background: var(--one_sided); } .status.corroborated { background: var(--corroborated); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .25rem 0 .75rem; }
dl.facts dt { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
.positions { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .5rem; margin: .5rem 0; }
.position { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .6rem; background: var(--bg); }
.position .says { font-weight: 600; margin-bottom: .3rem; }
.source { border-left: 4px solid var(--line); padding: .1rem .5rem; margin: .25rem 0; }
.source.RU { border-color: #c0392b; } .source.UA { border-color: #1f5fbf; } .source.independent { border-color: #6b7280; }
.source .who { font-weight: 500; } .source .meta { color: var(--muted); font-size: .85rem; }
.stance-denied .says { color: var(--denied); } .stance-unconfirmed .says { color: var(--unconfirmed); }
ul.checks { padding-left: 1.2rem; } .consistent::marker { content: "✔ "; color: var(--corroborated); } .inconsistent::marker { content: "✘ "; color: var(--disputed); }
blockquote { margin: .4rem 0; padding: .2rem .75rem; border-left: 3px solid var(--line); }
blockquote footer { color: var(--muted); font-size: .85rem; }
code { font-size: .85em; color: var(--muted); }
`;
