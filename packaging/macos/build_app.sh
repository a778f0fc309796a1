#!/usr/bin/env bash
# Build StoreCRM.app and StoreCRM-<version>-macos-<arch>.dmg on a Mac.
#
#   packaging/macos/build_app.sh [--skip-build]
#
# Needs Python 3.11 with `pip install -e ".[packaging]"` (set PYTHON=... for another python).
# 1. packaging/build.py: PyInstaller builds dist/StoreCRM.app from packaging/storecrm.spec (bundle
#    id, version, icon, Chinese and English localisation from packaging/appinfo.py), checks its
#    Info.plist and runs the frozen program's --self-check.
# 2. Signing, when MACOS_SIGN_IDENTITY names a "Developer ID Application: …" identity in the
#    keychain: PyInstaller signs every binary and the bundle with the hardened runtime and
#    packaging/macos/entitlements.plist; this script verifies it and signs the .dmg.
# 3. Notarisation, when APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD (an app-specific password)
#    are set too: the app is notarised and stapled (so it opens on a PC that is offline), then
#    the .dmg is.
# 4. The .dmg: the app and a link to /Applications, so the owner drags one onto the other.
# Without the variables, signing and notarisation print "skipped" and the app is signed ad hoc:
# it runs, but macOS asks for confirmation on the first start (right-click → Open).
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON="${PYTHON:-python3}"
skip_build=0
[ "${1:-}" = "--skip-build" ] && skip_build=1
if [ "$(uname -s)" != "Darwin" ]; then
  echo "build_app.sh builds the macOS app and runs on macOS only" >&2
  exit 2
fi

version=$("$PYTHON" packaging/appinfo.py version)
dmg="dist/$("$PYTHON" packaging/appinfo.py dmg-name)"
app="dist/StoreCRM.app"
identity="${MACOS_SIGN_IDENTITY:-}"
notarise=0
if [ -n "$identity" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] \
  && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  notarise=1
fi

if [ "$skip_build" = 0 ]; then
  "$PYTHON" packaging/build.py
fi
[ -d "$app" ] || { echo "$app was not built" >&2; exit 1; }

submit_for_notarisation() {
  xcrun notarytool submit "$1" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
}

if [ -n "$identity" ]; then
  echo "signing: checking the signature made with $identity"
  codesign --verify --deep --strict --verbose=2 "$app"
  codesign --display --verbose=2 "$app" 2>&1 | grep -E "Authority|TeamIdentifier|flags" || true
else
  echo "signing: skipped (MACOS_SIGN_IDENTITY is not set; the app is signed ad hoc)"
fi

if [ "$notarise" = 1 ]; then
  echo "notarisation: StoreCRM.app"
  mkdir -p build
  rm -f build/StoreCRM-app.zip
  ditto -c -k --keepParent "$app" build/StoreCRM-app.zip
  submit_for_notarisation build/StoreCRM-app.zip
  xcrun stapler staple "$app"
else
  echo "notarisation: skipped (needs MACOS_SIGN_IDENTITY, APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD)"
fi

staging="build/dmg"
rm -rf "$staging"
mkdir -p "$staging"
ditto "$app" "$staging/StoreCRM.app"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
# hdiutil now and then fails with "Resource busy" on CI machines; a second try works.
for attempt in 1 2 3; do
  if hdiutil create -volname "StoreCRM $version" -srcfolder "$staging" -fs HFS+ \
    -format UDZO -ov "$dmg"; then
    break
  fi
  [ "$attempt" = 3 ] && { echo "hdiutil create failed" >&2; exit 1; }
  sleep 5
done

if [ -n "$identity" ]; then
  codesign --sign "$identity" --timestamp "$dmg"
fi
if [ "$notarise" = 1 ]; then
  echo "notarisation: $(basename "$dmg")"
  submit_for_notarisation "$dmg"
  xcrun stapler staple "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose "$dmg"
fi
hdiutil verify "$dmg"
echo "dmg: $dmg ($(du -h "$dmg" | cut -f1))"
