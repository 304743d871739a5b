#!/usr/bin/env bash
# Put the "Developer ID Application" certificate (a base64 .p12 held in a GitHub secret) into
# a throwaway keychain on the macOS runner, so codesign can use it. The keychain lives in
# $RUNNER_TEMP and goes with the runner.
# Env: MACOS_CERTIFICATE_P12_BASE64, MACOS_CERTIFICATE_PASSWORD, RUNNER_TEMP
set -euo pipefail
: "${MACOS_CERTIFICATE_P12_BASE64:?}" "${MACOS_CERTIFICATE_PASSWORD:?}" "${RUNNER_TEMP:?}"
keychain="$RUNNER_TEMP/guardian-signing.keychain-db"
keychain_password=$(openssl rand -hex 24)
p12="$RUNNER_TEMP/guardian-signing.p12"
trap 'rm -f "$p12"' EXIT

printf '%s' "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode >"$p12"
security create-keychain -p "$keychain_password" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"
security unlock-keychain -p "$keychain_password" "$keychain"
security import "$p12" -P "$MACOS_CERTIFICATE_PASSWORD" -A -t cert -f pkcs12 -k "$keychain"
security set-key-partition-list -S apple-tool:,apple: -k "$keychain_password" "$keychain" >/dev/null
# Search this keychain first, then the user's usual ones.
existing=()
while IFS= read -r line; do
  line=${line#"${line%%[![:space:]]*}"}
  existing+=("${line//\"/}")
done < <(security list-keychains -d user)
security list-keychains -d user -s "$keychain" "${existing[@]}"
security find-identity -v -p codesigning "$keychain"
