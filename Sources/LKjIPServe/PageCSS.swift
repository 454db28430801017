import LKjIPLint

/// `GET /app.css`: the page's own layout, then the HTML dossier's stylesheet, so the
/// findings shown on the page look exactly as in the downloaded dossier.
enum PageCSS {
    static let css = page + "\n" + HTMLReporter.css

    static let page = """
    .bar{background:#101828;color:#fff}
    .bar-inner{max-width:1100px;margin:0 auto;padding:.7rem 1.5rem;display:flex;gap:1rem;align-items:center;justify-content:space-between}
    .brand{font-size:1.15rem;display:block}
    .tagline{color:#d0d5dd;font-size:.88rem}
    .lang button{font:inherit;font-size:.85rem;background:transparent;color:#d0d5dd;border:1px solid #475467;border-radius:6px;padding:.25rem .6rem;cursor:pointer}
    .lang button[aria-pressed=true]{background:#fff;color:#101828;border-color:#fff}
    .page{max-width:1100px;margin:0 auto;padding:1rem 1.5rem}
    .drop{border:2px dashed #98a2b3;border-radius:10px;background:#fff;padding:1.2rem 1rem;text-align:center;transition:background .15s}
    .drop.over{background:#eff8ff;border-color:#175cd3}
    .drop-title{font-size:1.15rem;font-weight:600;margin:.1rem 0}
    .drop-or{margin:.4rem 0}
    .choose{display:inline-block;background:#175cd3;color:#fff;border-radius:6px;padding:.4rem .9rem;cursor:pointer;font-weight:600}
    .choose:focus-within,.choose:hover{background:#1849a9}
    #files{position:absolute;width:1px;height:1px;opacity:0}
    .hint{color:var(--muted);font-size:.85rem;margin:.3rem 0 0}
    .progress-box{display:flex;gap:.8rem;align-items:center;margin:.8rem 0}
    .progress-box progress{width:16rem;height:1rem}
    .page-error{background:#fef3f2;border:1px solid #fecdca;color:#b42318;border-radius:8px;padding:.6rem .9rem}
    .result-head{display:flex;flex-wrap:wrap;gap:.4rem 1.5rem;align-items:center;margin:.8rem 0 0}
    .summary{font-weight:600;margin:0}
    .downloads{margin:0}
    .downloads a{margin-left:.5rem}
    .result-head .search{margin:0;flex:1 1 18rem;display:flex;gap:.5rem;align-items:center;justify-content:flex-end}
    .result-head .search input{width:min(22rem,100%)}
    .result-head #shown{white-space:nowrap;margin:0}
    #report header.cover,#report main{padding-left:0;padding-right:0;max-width:none}
    #report header.cover{border-bottom:0;background:transparent;padding-top:.4rem}
    #report header.cover h1{display:none}
    #report footer{display:none}
    .foot{max-width:1100px;margin:0 auto;padding:1rem 1.5rem;color:var(--muted);font-size:.8rem}
    [hidden]{display:none!important}
    """
}
