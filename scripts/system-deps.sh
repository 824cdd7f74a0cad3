#!/usr/bin/env bash
# Install the Debian/Ubuntu packages lakip needs, if any is missing. Used by `make` and `.ci/run`.
# As root it runs apt-get; otherwise it uses sudo when available, or prints the exact command.
set -euo pipefail

PACKAGES=(
    # build and tooling
    python3-venv python3-dev git openssh-client make gnupg ca-certificates
    # WeasyPrint's native libraries (Pango >= 1.44, HarfBuzz, fontconfig)
    libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 libfontconfig1
    # browser tests (Playwright drives Debian's /usr/bin/chromium) and PDF inspection (pdftoppm)
    chromium poppler-utils
)

command -v dpkg-query >/dev/null || { echo "system-deps: not a Debian system; install the equivalents of: ${PACKAGES[*]}" >&2; exit 0; }

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$pkg")
    fi
done
((${#missing[@]})) || exit 0

if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
elif command -v sudo >/dev/null; then
    SUDO=(sudo)
else
    echo "system-deps: missing packages; as root run:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "system-deps: installing ${missing[*]}"
log=$(mktemp)
if ! { "${SUDO[@]}" apt-get update -qq &&
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "system-deps: apt-get failed" >&2
    exit 1
fi
rm -f "$log"
