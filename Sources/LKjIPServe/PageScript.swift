/// `GET /app.js`: the page's behaviour. Uploads with XMLHttpRequest (for upload progress),
/// asks for `format=bundle` (one check, three downloads), shows the dossier's own markup
/// for the findings, and offers the downloads as blob links: nothing is kept on the server.
enum PageScript {
    static let js = #"""
    (function () {
      'use strict';
      var T = {
        id: {
          title: 'Pemeriksa Angka LKjIP',
          tagline: 'Periksa angka, total, persentase dan capaian dalam draf Laporan Kinerja sebelum diserahkan.',
          dropTitle: 'Letakkan draf LKjIP di sini', dropOr: 'atau', choose: 'Pilih berkas…',
          hint: 'Word (.docx), PDF, .txt atau .md; boleh beberapa berkas sekaligus. Berkas hanya diperiksa di server kantor ini, tidak disimpan dan tidak dicatat.',
          download: 'Unduh:', dlHtml: 'Berkas HTML (dosir)', dlCsv: 'CSV (kertas kerja)', dlJson: 'JSON',
          search: 'Cari temuan (aturan, angka, kata)…',
          foot: 'lkjip-lint serve · API untuk sistem lain:',
          uploading: 'Mengunggah {n} berkas… {p}%', checking: 'Memeriksa {n} berkas…',
          done: 'Selesai: {n} berkas diperiksa.',
          summary: '{e} galat · {w} peringatan · {i} info',
          tooBig: 'Berkas terlalu besar: {size} MB, batas server {limit} MB per unggahan.',
          badType: 'Berkas {name} tidak dapat diperiksa: hanya .docx, .pdf, .txt dan .md.',
          network: 'Server tidak dapat dihubungi. Periksa jaringan lalu coba lagi.'
        },
        en: {
          title: 'LKjIP Figure Checker',
          tagline: 'Check the figures, totals, percentages and achievements of a performance report draft before it is submitted.',
          dropTitle: 'Drop LKjIP drafts here', dropOr: 'or', choose: 'Choose files…',
          hint: 'Word (.docx), PDF, .txt or .md; several files at once are fine. Files are only checked on this office server, never stored or logged.',
          download: 'Download:', dlHtml: 'HTML file (dossier)', dlCsv: 'CSV (working paper)', dlJson: 'JSON',
          search: 'Search findings (rule, figure, word)…',
          foot: 'lkjip-lint serve · API for other systems:',
          uploading: 'Uploading {n} file(s)… {p}%', checking: 'Checking {n} file(s)…',
          done: 'Done: {n} file(s) checked.',
          summary: '{e} error(s) · {w} warning(s) · {i} info',
          tooBig: 'Too large: {size} MB, the server accepts {limit} MB per upload.',
          badType: 'The file {name} cannot be checked: only .docx, .pdf, .txt and .md.',
          network: 'The server cannot be reached. Check the network and try again.'
        }
      };
      var lang = 'id', maxBytes = 50 * 1048576, lastFiles = null, blobs = [];
      try { if (localStorage.getItem('lkjip-lang') === 'en') lang = 'en'; } catch (e) {}
      function $(id) { return document.getElementById(id); }
      function t(key, vars) {
        return T[lang][key].replace(/\{(\w+)\}/g, function (_, k) { return vars && vars[k] !== undefined ? vars[k] : ''; });
      }

      function applyLanguage() {
        document.documentElement.lang = lang;
        [].forEach.call(document.querySelectorAll('[data-i18n]'), function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
        [].forEach.call(document.querySelectorAll('[data-i18n-placeholder]'), function (el) {
          el.placeholder = t(el.getAttribute('data-i18n-placeholder')); el.setAttribute('aria-label', el.placeholder);
        });
        [].forEach.call(document.querySelectorAll('[data-lang]'), function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === lang)); });
        document.title = t('title');
      }

      function showError(text) { var e = $('error'); e.textContent = text; e.hidden = !text; }
      function status(text, percent) {
        $('progress-box').hidden = false;
        $('status').textContent = text;
        var p = $('progress');
        if (percent === null) p.removeAttribute('value'); else p.value = percent;
      }

      function check(files) {
        files = [].slice.call(files);
        if (!files.length) return;
        showError('');
        var total = 0;
        for (var i = 0; i < files.length; i++) {
          total += files[i].size;
          if (!/\.(docx|pdf|txt|md)$/i.test(files[i].name)) { showError(t('badType', { name: files[i].name })); return; }
        }
        if (total > maxBytes) {
          showError(t('tooBig', { size: (total / 1048576).toFixed(1), limit: Math.round(maxBytes / 1048576) })); return;
        }
        lastFiles = files;
        var form = new FormData();
        files.forEach(function (f) { form.append('files', f, f.name); });
        var xhr = new XMLHttpRequest();
        xhr.open('POST', '/api/v1/check?format=bundle&lang=' + lang);
        xhr.responseType = 'text';
        xhr.upload.onprogress = function (ev) {
          if (ev.lengthComputable) status(t('uploading', { n: files.length, p: Math.round(100 * ev.loaded / ev.total) }), 100 * ev.loaded / ev.total);
        };
        xhr.upload.onload = function () { status(t('checking', { n: files.length }), null); };
        xhr.onerror = function () { $('progress-box').hidden = true; showError(t('network')); };
        xhr.onload = function () {
          $('progress-box').hidden = true;
          var body = null;
          try { body = JSON.parse(xhr.responseText); } catch (e) {}
          if (xhr.status !== 200 || !body || !body.json) {
            showError((body && body.error) || ('HTTP ' + xhr.status));
            return;
          }
          show(body, files.length);
        };
        status(t('uploading', { n: files.length, p: 0 }), 0);
        xhr.send(form);
      }

      function show(bundle, count) {
        var report = JSON.parse(bundle.json);
        var s = report.summary;
        var summary = $('summary');
        summary.textContent = t('summary', { e: s.errors, w: s.warnings, i: s.infos });
        summary.setAttribute('data-errors', s.errors);
        summary.setAttribute('data-warnings', s.warnings);
        summary.setAttribute('data-infos', s.infos);
        blobs.forEach(function (u) { URL.revokeObjectURL(u); });
        blobs = [];
        var kinds = { html: ['text/html', bundle.html], csv: ['text/csv', bundle.csv], json: ['application/json', bundle.json] };
        [].forEach.call(document.querySelectorAll('#downloads a'), function (a) {
          var f = a.getAttribute('data-format'), k = kinds[f];
          var url = URL.createObjectURL(new Blob([k[1]], { type: k[0] + ';charset=utf-8' }));
          blobs.push(url);
          a.href = url;
          a.download = bundle.stem + '.' + f;
        });
        // The dossier's own markup shows the findings: parsed inert, its <style> and <script>
        // cut first (the page's CSP would refuse them; app.css carries the same styles).
        var markup = bundle.html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<script>[\s\S]*?<\/script>/g, '');
        var doc = new DOMParser().parseFromString(markup, 'text/html');
        [].forEach.call(doc.querySelectorAll('script, style, .search'), function (n) { n.remove(); });
        var target = $('report');
        target.textContent = '';
        ['header.cover', 'main'].forEach(function (sel) {
          var n = doc.querySelector(sel);
          if (n) target.appendChild(document.importNode(n, true));
        });
        $('result').hidden = false;
        $('q').value = '';
        filter();
        $('status').textContent = t('done', { n: count });
      }

      // Hides findings that do not contain every typed word, as the dossier's own search does.
      function filter() {
        var words = $('q').value.toLowerCase().split(/\s+/).filter(Boolean), shown = 0;
        var items = document.querySelectorAll('#report article.finding');
        [].forEach.call(items, function (a) {
          var text = a.textContent.toLowerCase() + ' ' + a.getAttribute('data-rule');
          var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
          a.classList.toggle('hidden', !ok);
          if (ok) shown++;
        });
        [].forEach.call(document.querySelectorAll('#report section.chapter'), function (s) {
          s.classList.toggle('hidden', !s.querySelector('article.finding:not(.hidden)'));
        });
        $('shown').textContent = words.length ? shown + ' / ' + items.length : '';
      }

      document.addEventListener('DOMContentLoaded', function () {
        applyLanguage();
        fetch('/healthz').then(function (r) { return r.json(); }).then(function (h) { if (h.maxUploadBytes) maxBytes = h.maxUploadBytes; }).catch(function () {});
        $('files').addEventListener('change', function () { check(this.files); this.value = ''; });
        var drop = $('upload');
        ['dragenter', 'dragover'].forEach(function (ev) {
          drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.add('over'); });
        });
        ['dragleave', 'drop'].forEach(function (ev) {
          drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.remove('over'); });
        });
        drop.addEventListener('drop', function (e) { if (e.dataTransfer) check(e.dataTransfer.files); });
        drop.addEventListener('submit', function (e) { e.preventDefault(); });
        $('q').addEventListener('input', filter);
        [].forEach.call(document.querySelectorAll('[data-lang]'), function (b) {
          b.addEventListener('click', function () {
            lang = b.getAttribute('data-lang');
            try { localStorage.setItem('lkjip-lang', lang); } catch (e) {}
            applyLanguage();
            if (lastFiles && !$('result').hidden) check(lastFiles);   // the findings in the new language
          });
        });
      });
    })();
    """#
}
