# Where install.sh puts Registrar and where uninstall.sh removes it from (sourced by both):
# per machine when run as root, otherwise (or with --user) for the current user only.
if [ "$(id -u)" -eq 0 ] && [ "${1:-}" != "--user" ]; then
    prefix=/opt/registrar
    apps=/usr/share/applications
    icons=/usr/share/icons/hicolor/256x256/apps
else
    prefix="$HOME/.local/opt/registrar"
    apps="$HOME/.local/share/applications"
    icons="$HOME/.local/share/icons/hicolor/256x256/apps"
fi
