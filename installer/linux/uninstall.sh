#!/bin/sh
# Remove Registrar's program files and menu entry (sudo for a per-machine installation).
# The vaults in each user's data folder (~/.local/share/Registrar) are NOT removed: they hold
# registrations that may not have reached the hub yet.
set -eu
if [ "$(id -u)" -eq 0 ]; then
    prefix=/opt/registrar
    apps=/usr/share/applications
    icons=/usr/share/icons/hicolor/256x256/apps
else
    prefix="$HOME/.local/opt/registrar"
    apps="$HOME/.local/share/applications"
    icons="$HOME/.local/share/icons/hicolor/256x256/apps"
fi
if [ -x "$prefix/registrar-app" ]; then
    rm -rf "$prefix"
fi
rm -f "$apps/registrar.desktop" "$icons/registrar.png"
echo "Registrar's program files are removed. Vaults were left in place."
