#!/usr/bin/env bash
# Install the Debian/Ubuntu packages lakip needs, if any is missing. Used by `make`, `.ci/run` and
# the GitHub workflows: the one list of system packages. As root it runs apt-get; otherwise it uses
# sudo when available, or prints the exact command.
#
#   bash scripts/system-deps.sh               everything: build, PDF and site, tests
#   bash scripts/system-deps.sh --only pdf    WeasyPrint's libraries: enough to validate and build
#   bash scripts/system-deps.sh --list [...]  print the packages, one a line; install nothing
set -euo pipefail

# build and tooling
BUILD=(python3-venv python3-dev git openssh-client make gnupg ca-certificates)
# WeasyPrint's native libraries (Pango >= 1.44, HarfBuzz, fontconfig)
PDF=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 libfontconfig1)
# browser tests (Playwright drives Debian's /usr/bin/chromium), PDF inspection (pdftoppm), and
# LibreOffice without a screen, which opens the Excel and Word forms as an office computer would
TESTS=(chromium poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui)

usage() {
    echo "usage: bash scripts/system-deps.sh [--only pdf] [--list]" >&2
    exit 2
}

PACKAGES=("${BUILD[@]}" "${PDF[@]}" "${TESTS[@]}")
list=false
while (($#)); do
    case $1 in
    --only)
        [[ ${2:-} == pdf ]] || usage
        PACKAGES=("${PDF[@]}")
        shift 2
        ;;
    --list)
        list=true
        shift
        ;;
    *) usage ;;
    esac
done

if $list; then
    printf '%s\n' "${PACKAGES[@]}"
    exit 0
fi

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
