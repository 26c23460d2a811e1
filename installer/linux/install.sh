#!/bin/sh
# Install Registrar from this folder (the unpacked tarball).
#   sudo ./install.sh    for every user of this machine: /opt/registrar
#   ./install.sh         for yourself only: ~/.local/opt/registrar (also: --user)
# Vaults are never inside the program folder: they stay in each user's data folder
# (~/.local/share/Registrar) and survive reinstalling and uninstalling.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/paths.sh" "${1:-}"
if [ ! -x "$here/registrar-app" ]; then
    echo "install.sh: run me from the unpacked Registrar folder (registrar-app is missing)" >&2
    exit 1
fi
echo "Installing Registrar into $prefix"
mkdir -p "$prefix" "$apps" "$icons"
# A new copy beside the old one, then swapped in, so a failed copy leaves the old one working.
rm -rf "$prefix.new"
cp -a "$here/." "$prefix.new/"
rm -rf "$prefix.old"
if [ -e "$prefix" ]; then mv "$prefix" "$prefix.old"; fi
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"
sed "s|@PREFIX@|$prefix|g" "$here/registrar.desktop" > "$apps/registrar.desktop"
cp "$here/registrar.png" "$icons/registrar.png"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$apps" >/dev/null 2>&1 || true
fi
echo "Checking the installation (registrar-app --self-test)..."
if "$prefix/registrar-app" --self-test >/dev/null; then
    echo "Registrar is installed. Start it from the applications menu."
else
    echo "The self-test failed: run $prefix/registrar-app --self-test to see which step." >&2
    exit 1
fi
