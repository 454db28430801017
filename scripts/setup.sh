#!/usr/bin/env bash
# Installs the system packages lkjip-lint needs (Debian/Ubuntu, as root or with sudo):
#   libpcre2-dev + pkg-config  the PCRE2 library every regex runs through
#   libxml2-dev                the streaming XML reader every .docx part goes through
#   poppler-utils              pdftotext, to read PDF reports
#   chromium, libxml2-utils    only for tests: the HTML report in a real browser, JUnit schema
#   chromium-driver + Python selenium, openapi-spec-validator, jsonschema
#                              only for tests: the serve page in a real browser, the API against its OpenAPI document
#   libreoffice-writer-nogui   only for tests: the reviewed .docx opens in LibreOffice
set -euo pipefail
need=()
command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libpcre2-8 || need+=(libpcre2-dev pkg-config)
command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libxml-2.0 || need+=(libxml2-dev pkg-config)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ "${LKJIP_SETUP_TESTS:-1}" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
  command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
  command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
fi
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [ "${LKJIP_SETUP_TESTS:-1}" = 1 ]; then
  python3 -c "import selenium, openapi_spec_validator, jsonschema" 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check selenium openapi-spec-validator jsonschema 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages selenium openapi-spec-validator jsonschema
fi
echo "setup: libpcre2-8 $(pkg-config --modversion libpcre2-8), libxml2 $(pkg-config --modversion libxml-2.0), $(pdftotext -v 2>&1 | head -1)"
