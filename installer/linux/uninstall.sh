#!/bin/sh
# Remove Registrar's program files and menu entry (sudo for a per-machine installation,
# --user for a per-user one made by root).
# The vaults in each user's data folder (~/.local/share/Registrar) are NOT removed: they hold
# registrations that may not have reached the hub yet.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/paths.sh" "${1:-}"
if [ -x "$prefix/registrar-app" ]; then
    rm -rf "$prefix"
fi
rm -f "$apps/registrar.desktop" "$icons/registrar.png"
echo "Registrar's program files are removed. Vaults were left in place."
