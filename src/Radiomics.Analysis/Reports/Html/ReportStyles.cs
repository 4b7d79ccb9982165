namespace Radiomics.Analysis.Reports.Html;

/// <summary>The report's style sheet: readable from a laptop screen to 1280 px and wider, and a print layout (one case per page, no navigation).</summary>
internal static class ReportStyles
{
    public const string Css = """
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--warn:#7d4e00;--warnbg:#fff8c5;--bad:#a40e26;--accent:#0550ae}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:1280px;margin:0 auto;padding:0 16px}
header{padding-top:12px;border-bottom:1px solid var(--line)}
footer{color:var(--muted);font-size:12px;padding:16px}
h1{font-size:1.5rem;margin:.2em 0}
h2{font-size:1.25rem;margin:1.4em 0 .4em;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:.9em 0 .3em}
p{margin:.4em 0}
a{color:var(--accent)}
nav ul{list-style:none;padding:0;margin:.4em 0 .6em;display:flex;flex-wrap:wrap;gap:4px 18px}
table{border-collapse:collapse;margin:.4em 0;max-width:100%}
th,td{border-bottom:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
thead th{position:sticky;top:0;background:var(--bg)}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit;text-align:left}
th button:focus-visible,a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
th[aria-sort=ascending] button::after{content:" \25B2"}
th[aria-sort=descending] button::after{content:" \25BC"}
.scroll{overflow-x:auto;max-width:100%}
.views{display:grid;grid-auto-flow:column;grid-template-rows:auto auto;gap:8px 10px;align-items:start;justify-content:start}
figure{margin:0}
figcaption{font-size:12px;color:var(--muted);max-width:260px}
img.slice,img.thumb,image.matrix{image-rendering:pixelated;image-rendering:crisp-edges}
img.slice{display:block;background:#000}
img.thumb{display:block;background:#000}
.region{margin:.6em 0 1em}
.pair{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
ul.warnings{padding-left:1.2em;margin:.4em 0}
ul.warnings li{background:var(--warnbg);color:var(--warn);margin:2px 0;padding:1px 6px;border-radius:4px}
p.ok{color:#1a7f37}
.failed td:last-child{color:var(--bad)}
code,.hash{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px;word-break:break-all}
section.case{border-top:3px solid var(--line);padding-top:2px;margin-top:1.6em;scroll-margin-top:8px}
section.case:target{outline:3px solid var(--accent);outline-offset:6px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(272px,1fr));gap:12px 16px}
.distribution{border:1px solid var(--line);border-radius:6px;padding:6px 8px;scroll-margin-top:8px}
.distribution:target{outline:3px solid var(--accent)}
.distribution h4{font-size:12px;margin:0 0 2px;word-break:break-all}
.distribution p{font-size:12px;margin:2px 0}
svg.plot{display:block;max-width:100%;height:auto}
svg text,.tick{font-size:10px;fill:var(--muted)}
.legend{font-size:12px;color:var(--muted)}
.swatch{display:inline-block;width:80px;height:10px;vertical-align:middle;border:1px solid var(--line)}
details{margin:.4em 0}
summary{cursor:pointer;font-weight:600}
ol.order{columns:3 220px;font-size:12px}
.muted{color:var(--muted)}
.views.few{grid-auto-flow:row;grid-template-rows:none}
@media (max-width:900px){body{font-size:13px}.views{grid-auto-flow:row;grid-template-rows:none;grid-template-columns:repeat(2,auto)}.grid{grid-template-columns:repeat(auto-fill,minmax(240px,1fr))}}
@media print{
 nav,.readout,.noprint{display:none}
 body{font-size:10.5px}
 header,main,footer{max-width:none;padding:0}
 section.case{break-before:page;border-top:0}
 figure,.distribution,tr,.region{break-inside:avoid}
 a{color:inherit;text-decoration:none}
 thead th{position:static}
 .scroll{overflow:visible}
 section.case:target{outline:0}
}
""";
}
