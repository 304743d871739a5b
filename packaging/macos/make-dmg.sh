#!/usr/bin/env bash
# Wrap "dist/Guardian Desktop.app" in a .dmg, and sign, notarise and staple it when the
# secrets for that are there. Then open the .dmg and run the app's --self-test from it.
#
# Usage: packaging/macos/make-dmg.sh OUTPUT_FOLDER
# Env (all optional; without them the .dmg is named "-unsigned"):
#   GUARDIAN_CODESIGN_IDENTITY  "Developer ID Application: ..." (the .app was signed with it
#                               by build.spec, with hardened runtime and entitlements)
#   APPLE_API_KEY_PATH, APPLE_API_KEY_ID, APPLE_API_ISSUER_ID
#                               an App Store Connect API key for notarytool
# Prints the path of the .dmg on its last line.
set -euo pipefail
cd "$(dirname "$0")/../.."
out_dir=${1:?usage: make-dmg.sh OUTPUT_FOLDER}
app="dist/Guardian Desktop.app"
[ -d "$app" ] || { echo "make-dmg: $app is missing: build with build.spec first" >&2; exit 1; }
version=$(.venv/bin/python -c "import guardian_desktop; print(guardian_desktop.__version__)")
case "$(uname -m)" in arm64) arch=arm64 ;; *) arch=x86_64 ;; esac
identity=${GUARDIAN_CODESIGN_IDENTITY:-}
notarise=no
if [ -n "$identity" ] && [ -n "${APPLE_API_KEY_PATH:-}" ] && [ -n "${APPLE_API_KEY_ID:-}" ] \
  && [ -n "${APPLE_API_ISSUER_ID:-}" ]; then
  notarise=yes
fi
if [ "$notarise" = yes ]; then
  suffix=""
elif [ -n "$identity" ]; then
  suffix="-not-notarised"
else
  suffix="-unsigned"
fi
mkdir -p "$out_dir"
dmg="$out_dir/GuardianDesktop-$version-macos-$arch$suffix.dmg"

if [ -n "$identity" ]; then
  echo "== Checking the app's signature (hardened runtime, entitlements)"
  codesign --verify --deep --strict --verbose=2 "$app"
  codesign --display --verbose=2 "$app" 2>&1 | grep -q "flags=.*runtime" \
    || { echo "make-dmg: the app is signed without the hardened runtime" >&2; exit 1; }
  codesign --display --entitlements - "$app"
fi

echo "== Making $dmg"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/Guardian Desktop.app"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Guardian Desktop" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "$identity" ]; then
  codesign --sign "$identity" --timestamp "$dmg"
fi
if [ "$notarise" = yes ]; then
  echo "== Notarising (this waits for Apple's answer)"
  xcrun notarytool submit "$dmg" --key "$APPLE_API_KEY_PATH" --key-id "$APPLE_API_KEY_ID" \
    --issuer "$APPLE_API_ISSUER_ID" --wait --timeout 30m
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
fi

echo "== Self-test of the app inside the .dmg"
mount=$(mktemp -d)
hdiutil attach "$dmg" -nobrowse -readonly -mountpoint "$mount" >/dev/null
set +e
QT_QPA_PLATFORM=offscreen "$mount/Guardian Desktop.app/Contents/MacOS/GuardianDesktop" --self-test
rc=$?
set -e
hdiutil detach "$mount" >/dev/null || hdiutil detach -force "$mount" >/dev/null
[ "$rc" -eq 0 ] || { echo "make-dmg: the app in the .dmg failed its self-test" >&2; exit 1; }
echo "$dmg"
