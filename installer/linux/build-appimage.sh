#!/usr/bin/env bash
# Build an AppImage from the PyInstaller folder build.
#   pyinstaller installer/diaspora-desk.spec && installer/linux/build-appimage.sh
# Needs appimagetool (https://github.com/AppImage/appimagetool) on PATH; the result is
# dist/DiasporaDesk-<version>-x86_64.AppImage. Users on older desktops may also need the
# libxcb-cursor0, libxcb-icccm4 and libxcb-keysyms1 packages for Qt 6's xcb platform plugin.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python3 -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
appdir=build/AppDir
rm -rf "$appdir"
mkdir -p "$appdir/usr/bin" "$appdir/usr/share/applications" \
         "$appdir/usr/share/icons/hicolor/scalable/apps"
cp -a dist/DiasporaDesk/. "$appdir/usr/bin/"
cp installer/linux/diaspora-desk.desktop "$appdir/usr/share/applications/"
cp installer/linux/diaspora-desk.desktop "$appdir/"
cp resources/icons/diaspora-desk.svg "$appdir/usr/share/icons/hicolor/scalable/apps/"
cp resources/icons/diaspora-desk.svg "$appdir/diaspora-desk.svg"
cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
here="$(dirname "$(readlink -f "$0")")"
exec "$here/usr/bin/diaspora-desk" "$@"
RUN
chmod +x "$appdir/AppRun"
ARCH=x86_64 appimagetool "$appdir" "dist/DiasporaDesk-${version}-x86_64.AppImage"
