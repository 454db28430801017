#!/usr/bin/env python3
"""Drives the checking page of a running `lkjip-lint serve` in headless Chromium
(Selenium + Debian's chromium-driver): uploads FILE through the page's file input, waits
for the findings, and checks them against the counts `lkjip-lint check` gave; then the
dossier download, the English switch, the layout at 1366x768 and the browser console
(no CSP violation, no script error). Exits 0 when all hold, 1 otherwise, 77 when
Selenium or the driver is missing.

    page_e2e.py BASE_URL FILE ERRORS WARNINGS INFOS [SCREENSHOT.png]
"""
import os
import shutil
import sys
import tempfile
import time

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError as e:
    print(f"missing Python module: {e.name} (scripts/setup.sh installs it)")
    sys.exit(77)


def main():
    base, path = sys.argv[1].rstrip("/"), sys.argv[2]
    expected = tuple(int(x) for x in sys.argv[3:6])
    shot = sys.argv[6] if len(sys.argv) > 6 else None
    driver_path = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not os.path.exists(driver_path) or not browser:
        print("chromium or chromium-driver is not installed (scripts/setup.sh installs them)")
        return 77
    os.environ["SE_OFFLINE"] = "true"   # never let Selenium Manager fetch a driver
    opts = webdriver.ChromeOptions()
    opts.binary_location = browser
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768",
              "--disable-gpu", "--no-first-run", "--disable-extensions", "--lang=id"]:
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    downloads = tempfile.mkdtemp(prefix="lkjip-e2e-downloads-")
    opts.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    d = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
    failures = []

    def expect(cond, what):
        print(("ok   " if cond else "FAIL ") + what)
        if not cond:
            failures.append(what)

    try:
        d.set_window_size(1366, 768)
        d.get(base + "/")
        WebDriverWait(d, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
        expect(d.find_element(By.CSS_SELECTOR, ".drop-title").text == "Letakkan draf LKjIP di sini", "page opens in Bahasa Indonesia")

        start = time.time()
        d.find_element(By.ID, "files").send_keys(os.path.abspath(path))
        # The progress indication shows while the upload and the check run (or the results are in already).
        seen_progress = d.execute_script("return !document.getElementById('progress-box').hidden || !document.getElementById('result').hidden")
        expect(bool(seen_progress), "progress shown after choosing the file")
        WebDriverWait(d, 180).until(lambda d: d.find_element(By.ID, "summary").get_attribute("data-errors") not in (None, ""))
        summary = d.find_element(By.ID, "summary")
        got = tuple(int(summary.get_attribute(k)) for k in ("data-errors", "data-warnings", "data-infos"))
        print(f"     findings after {time.time() - start:.1f} s: {got}")
        expect(got == expected, f"counts on the page {got} equal the CLI's {expected}")
        articles = d.find_elements(By.CSS_SELECTOR, "#report article.finding")
        expect(len(articles) == sum(expected), f"{len(articles)} findings shown, {sum(expected)} expected")
        badges = [b.text for b in d.find_elements(By.CSS_SELECTOR, "#report section.report .badge")]
        expect([b.split()[0] for b in badges[:3]] == [str(n) for n in expected], f"dossier badges {badges[:3]}")
        chapters = d.find_elements(By.CSS_SELECTOR, "#report section.chapter h3")
        expect(len(chapters) >= 1, f"findings grouped under {len(chapters)} chapter heading(s)")
        if any(True for _ in d.find_elements(By.CSS_SELECTOR, "#report dd.stated")):
            expect(len(d.find_elements(By.CSS_SELECTOR, "#report dd.expected")) >= 1, "stated vs computed shown")
        expect(len(d.find_elements(By.CSS_SELECTOR, "#report pre.context mark")) == sum(expected), "each excerpt marks its figure")

        # The downloads, clicked as a user does: files in the download folder.
        stem = None
        for fmt, head in (("html", "<!DOCTYPE html>"), ("csv", "file,unit,year,rule"), ("json", '{"files":')):
            a = d.find_element(By.CSS_SELECTOR, f"#downloads a[data-format={fmt}]")
            name = a.get_attribute("download")
            expect(a.get_attribute("href").startswith("blob:") and name.endswith("." + fmt), f"{fmt} link is a download ({name})")
            a.click()
            target = os.path.join(downloads, name)
            deadline = time.time() + 30
            while not os.path.exists(target) and time.time() < deadline:
                time.sleep(0.1)
            body = open(target, encoding="utf-8").read() if os.path.exists(target) else ""
            expect(body.startswith(head), f"{fmt} downloaded ({len(body)} bytes)")
            if fmt == "html":
                expect(f'<span class="badge error">{expected[0]} ' in body, "the dossier has the same counts")
            if fmt == "json":
                import json
                s = json.loads(body)["summary"]
                expect((s["errors"], s["warnings"], s["infos"]) == expected, "the JSON has the same counts")

        # Search filters the findings as in the dossier.
        first_rule = articles[0].get_attribute("data-rule")
        d.find_element(By.ID, "q").send_keys(first_rule)
        visible = [a for a in d.find_elements(By.CSS_SELECTOR, "#report article.finding") if a.is_displayed()]
        expect(0 < len(visible) <= len(articles) and all(a.get_attribute("data-rule") == first_rule or first_rule in a.text for a in visible),
               f"search '{first_rule}' keeps {len(visible)} finding(s)")

        # Readable at 1366x768: nothing wider than the window.
        width = d.execute_script("return document.documentElement.scrollWidth")
        expect(width <= 1366, f"page width {width} px fits 1366 px")
        d.execute_script("window.scrollTo(0,0)")
        if shot:
            d.save_screenshot(shot)

        # English: the page and, checked again, the findings.
        d.find_element(By.CSS_SELECTOR, "[data-lang=en]").click()
        WebDriverWait(d, 180).until(lambda d: "error(s)" in d.find_element(By.ID, "summary").text)
        expect(d.find_element(By.CSS_SELECTOR, ".drop-title").text == "Drop LKjIP drafts here", "English switch")
        en = tuple(int(d.find_element(By.ID, "summary").get_attribute(k)) for k in ("data-errors", "data-warnings", "data-infos"))
        expect(en == expected, f"same counts in English {en}")
        WebDriverWait(d, 60).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#report .badge.error")) and
                                   "error" in d.find_element(By.CSS_SELECTOR, "#report .badge.error").text)

        # A file the reader refuses: its sentence on the page, and the page still works.
        bad = os.path.join(downloads, "rusak.docx")
        with open(bad, "wb") as f:
            f.write(b"bukan dokumen Word" * 10)
        d.find_element(By.ID, "files").send_keys(bad)
        WebDriverWait(d, 60).until(lambda d: d.find_element(By.ID, "error").is_displayed())
        message = d.find_element(By.ID, "error").text
        expect("rusak.docx" in message and "cannot be read" in message, f"refusal shown: {message}")

        # The browser notes the refused request itself (422); anything else is a problem.
        problems = [e for e in d.get_log("browser") if e["level"] in ("SEVERE", "WARNING")
                    and "status of 422" not in e["message"]]
        for p in problems:
            print("     console: " + p["message"])
        expect(not problems, "no console error or CSP violation")
    finally:
        d.quit()
        shutil.rmtree(downloads, ignore_errors=True)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
