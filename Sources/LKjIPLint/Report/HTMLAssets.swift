extension HTMLReporter {
    /// Screen and print styles; system fonts only, so nothing is fetched.
    public static let css = """
    :root{--err:#b42318;--warn:#b54708;--info:#175cd3;--line:#d0d5dd;--muted:#667085}
    *{box-sizing:border-box}
    body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#101828;margin:0;background:#f9fafb}
    header.cover,main,footer{max-width:1100px;margin:0 auto;padding:1rem 1.5rem}
    header.cover{background:#fff;border-bottom:3px solid #101828}
    h1{font-size:1.6rem;margin:.2rem 0}
    h2{font-size:1.3rem;margin:0 0 .2rem}
    h2 .year{color:var(--muted);font-weight:normal}
    h3{font-size:1.05rem;margin:1.2rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
    .lead{color:var(--muted);margin:.2rem 0 .8rem}
    .search input{width:min(28rem,100%);padding:.45rem .6rem;font:inherit;border:1px solid var(--line);border-radius:6px}
    #shown{color:var(--muted);margin-left:.5rem}
    table{border-collapse:collapse;width:100%;margin:.6rem 0;background:#fff}
    th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
    th{background:#f2f4f7}
    td.n,th.n{text-align:right;width:6rem}
    .path{color:var(--muted);font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;word-break:break-all}
    section.report{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:1.2rem 0}
    .badge{display:inline-block;border-radius:999px;padding:.05rem .6rem;font-size:.85rem;color:#fff}
    .badge.error{background:var(--err)}.badge.warning{background:var(--warn)}.badge.info{background:var(--info)}
    .summary{color:var(--muted);font-size:.88rem}
    article.finding{border-left:4px solid var(--line);padding:.4rem .8rem;margin:.7rem 0;background:#fcfcfd}
    article.error{border-color:var(--err)}article.warning{border-color:var(--warn)}article.info{border-color:var(--info)}
    article header{font-size:.9rem}
    .sev{font-weight:600;text-transform:uppercase;font-size:.78rem;letter-spacing:.03em}
    article.error .sev{color:var(--err)}article.warning .sev{color:var(--warn)}article.info .sev{color:var(--info)}
    .where{color:var(--muted)}
    .msg{margin:.25rem 0}
    dl.values{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0}
    dl.values dt{color:var(--muted)}dl.values dd{margin:0;font-weight:600}
    dd.stated{color:var(--err)}dd.expected{color:#067647}
    pre.context{background:#f2f4f7;padding:.5rem;overflow-x:auto;white-space:pre-wrap;word-break:break-word;font:12.5px/1.45 ui-monospace,Menlo,Consolas,monospace;margin:.3rem 0}
    .ln{display:inline-block;min-width:3.2em;color:var(--muted);user-select:none}
    .ln.hit{color:#101828;font-weight:700}
    mark{background:#fde272;outline:1px solid #b54708}
    ul.related{margin:.2rem 0;color:var(--muted);font-size:.9rem}
    .clean{color:#067647;font-weight:600}.unreadable{color:var(--err)}
    .hidden{display:none}
    footer{color:var(--muted);font-size:.8rem}
    .meta{margin:.2rem 0 .8rem}
    .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem}
    figure.chart{margin:.6rem 0}
    figure.chart text{font:11px system-ui,sans-serif;fill:#101828}
    figure.chart text.ct{font-weight:600;font-size:12px}
    figure.chart text.n{fill:var(--muted)}
    figure.chart rect{fill:#475467}
    figure.chart .zero text{fill:var(--muted)}
    @media print{
      body{background:#fff;font-size:10.5pt}
      .search,footer{display:none}
      header.cover{border:0;break-after:page}
      section.report{break-before:page;border:0;padding:0;margin:0}
      article.finding{break-inside:auto;background:#fff;margin:.35rem 0;padding:.15rem .5rem}
      article header,.msg,dl.values{break-after:avoid}
      /* On paper only the finding's own line: the lines around it were most of the pages. */
      pre.context{background:#fff;border:0;padding:0 0 0 .3rem;margin:.1rem 0;font-size:8pt;line-height:1.25;break-inside:avoid}
      pre.context .other{display:none}
      ul.related{font-size:8.5pt}
      a{color:inherit;text-decoration:none}
      .hidden{display:block}
    }
    """

    /// The search box: hides findings whose text does not contain every typed word.
    static let script = """
    (function(){
      var q=document.getElementById('q'),shown=document.getElementById('shown');
      var items=[].slice.call(document.querySelectorAll('article.finding'));
      function update(){
        var words=q.value.toLowerCase().split(/\\s+/).filter(Boolean),n=0;
        items.forEach(function(a){
          var t=a.textContent.toLowerCase()+' '+a.getAttribute('data-rule');
          var ok=words.every(function(w){return t.indexOf(w)>=0});
          a.classList.toggle('hidden',!ok);if(ok)n++;
        });
        [].forEach.call(document.querySelectorAll('section.chapter'),function(s){
          s.classList.toggle('hidden',!s.querySelector('article.finding:not(.hidden)'));
        });
        shown.textContent=words.length?n+' / '+items.length:'';
      }
      q.addEventListener('input',update);
      // "report.html#q=capaian-mismatch" opens with the search filled in, for links in a working paper.
      if(location.hash.indexOf('#q=')===0){q.value=decodeURIComponent(location.hash.slice(3));update();}
    })();
    """
}
