/// `GET /`: the checking page. No inline script or style (the CSP forbids both), nothing
/// fetched from elsewhere: /app.css and /app.js come from this server. Texts are in
/// Bahasa Indonesia here; app.js swaps them for English when asked (data-i18n keys).
enum PageHTML {
    static let html = #"""
    <!DOCTYPE html>
    <html lang="id">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title data-i18n="title">Pemeriksa Angka LKjIP</title>
    <link rel="stylesheet" href="/app.css">
    <script src="/app.js" defer></script>
    </head>
    <body>
    <div class="bar">
      <div class="bar-inner">
        <div>
          <strong class="brand" data-i18n="title">Pemeriksa Angka LKjIP</strong>
          <span class="tagline" data-i18n="tagline">Periksa angka, total, persentase dan capaian dalam draf Laporan Kinerja sebelum diserahkan.</span>
        </div>
        <div class="lang" role="group" aria-label="Bahasa / Language">
          <button type="button" data-lang="id" aria-pressed="true">Bahasa Indonesia</button>
          <button type="button" data-lang="en" aria-pressed="false">English</button>
        </div>
      </div>
    </div>
    <div class="page">
      <form id="upload" class="drop" enctype="multipart/form-data">
        <p class="drop-title" data-i18n="dropTitle">Letakkan draf LKjIP di sini</p>
        <p class="drop-or"><span data-i18n="dropOr">atau</span>
          <label class="choose" for="files" data-i18n="choose">Pilih berkas…</label>
          <input id="files" name="files" type="file" multiple accept=".docx,.pdf,.txt,.md">
        </p>
        <p class="hint" data-i18n="hint">Word (.docx), PDF, .txt atau .md; boleh beberapa berkas sekaligus. Berkas hanya diperiksa di server kantor ini, tidak disimpan dan tidak dicatat.</p>
      </form>
      <div id="progress-box" class="progress-box" hidden>
        <progress id="progress" max="100"></progress>
        <span id="status" role="status" aria-live="polite"></span>
      </div>
      <p id="error" class="page-error" role="alert" hidden></p>
      <section id="result" hidden>
        <div class="result-head">
          <p id="summary" class="summary"></p>
          <p id="downloads" class="downloads">
            <span data-i18n="download">Unduh:</span>
            <a data-format="html" href="#" download data-i18n="dlHtml">Berkas HTML (dosir)</a>
            <a data-format="csv" href="#" download data-i18n="dlCsv">CSV (kertas kerja)</a>
            <a data-format="json" href="#" download data-i18n="dlJson">JSON</a>
          </p>
          <p class="search"><input id="q" type="search" data-i18n-placeholder="search" placeholder="Cari temuan (aturan, angka, kata)…" aria-label="Cari temuan"> <span id="shown"></span></p>
        </div>
        <div id="report"></div>
      </section>
    </div>
    <footer class="foot"><span data-i18n="foot">lkjip-lint serve · API untuk sistem lain:</span> <a href="/openapi.json">/openapi.json</a></footer>
    </body>
    </html>

    """#
}
