#!/usr/bin/env bash
# System packages the project needs beyond Python: a CJK font for charts (fonts-noto-cjk, OFL)
# and Debian's chromium for the browser tests. Idempotent and quiet; skips with a message when
# it cannot install (not root, no apt-get) instead of failing the set-up.
set -u

want=()
# the font file charts.py registers; the package name is the same on Debian and Ubuntu
[ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || want+=(fonts-noto-cjk)
[ -x /usr/bin/chromium ] || want+=(chromium)
# Debian's own python3 needs python3-venv (ensurepip) before `python3 -m venv` works
python3 -c "import ensurepip" >/dev/null 2>&1 || want+=(python3-venv)

if [ ${#want[@]} -eq 0 ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_system_deps: no apt-get here; please install ${want[*]} yourself (charts fall back to a font without Chinese; browser tests are skipped)" >&2
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install_system_deps: not root; run 'sudo apt-get install -y ${want[*]}' (charts fall back to a font without Chinese; browser tests are skipped)" >&2
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# update the package lists only when an install from the current ones fails (or there are none)
if ! apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null 2>&1; then
    apt-get update -qq >/dev/null 2>&1 || true
    if ! apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null; then
        echo "install_system_deps: apt-get could not install ${want[*]}; continuing without them" >&2
        exit 0
    fi
fi
echo "install_system_deps: installed ${want[*]}"
