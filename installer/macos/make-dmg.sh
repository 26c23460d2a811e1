#!/bin/sh
# macOS: build Registrar.app and a disk image (run on a Mac, from the repository root).
#   python3 tools/dev.py installer     # PyInstaller leaves dist/Registrar.app (see the spec:
#                                      # bundle id, version, NSCameraUsageDescription)
#   installer/macos/make-dmg.sh
# Signing and notarisation need the organisation's Developer ID: set CODESIGN_IDENTITY to
# sign; without it the image is unsigned (Gatekeeper then asks the user to confirm).
# tests/unit/test_installer_scripts.py checks that every file named here exists.
set -eu
cd "$(dirname "$0")/../.."
app="dist/Registrar.app"
version=$(python3 -c 'import sys; sys.path.insert(0, "installer"); import layout; print(layout.version())')
image="dist/registrar-$version-macos.dmg"
if [ ! -d "$app" ]; then
    echo "make-dmg.sh: $app is missing; run python3 tools/dev.py installer first" >&2
    exit 1
fi
/usr/libexec/PlistBuddy -c "Print :NSCameraUsageDescription" "$app/Contents/Info.plist" >/dev/null
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --sign "$CODESIGN_IDENTITY" "$app"
fi
"$app/Contents/MacOS/registrar-app" --self-test >/dev/null
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$image"
hdiutil create -volname "Registrar" -srcfolder "$staging" -ov -format UDZO "$image"
rm -rf "$staging"
echo "wrote $image"
