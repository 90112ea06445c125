#!/usr/bin/env bash
# Turn the PyInstaller folder build (dist/DiasporaDesk/) into what an office installs on Linux:
#   dist/diaspora-desk_VERSION_amd64.deb              — `sudo apt install ./diaspora-desk_…deb`
#   dist/diaspora-desk-VERSION-linux-x86_64.tar.gz    — portable: unpack, run ./diaspora-desk
# Run by `make package` after PyInstaller. Needs only dpkg-deb (every Debian/Ubuntu has it);
# appstreamcli, when installed, validates the AppStream metadata and desktop entry.
#
# The .deb puts the bundle under /opt/diaspora-desk, a launcher at /usr/bin/diaspora-desk, the
# desktop entry, icons and AppStream metadata under /usr/share. Its Depends (deb-depends) are
# the system libraries the bundle's Qt links against but does not carry (X11/xcb, GL, fonts);
# `make package-test` proves them on a fresh Debian 12.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=installer/linux
bundle=dist/DiasporaDesk
[ -x "$bundle/diaspora-desk" ] || { echo "No $bundle: run PyInstaller first (make package)" >&2; exit 1; }
version=$(python3 -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
metainfo=$(ls "$here"/*.metainfo.xml)
deb="dist/diaspora-desk_${version}_amd64.deb"
tarball="dist/diaspora-desk-${version}-linux-x86_64.tar.gz"

root=build/deb-root
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/metainfo" "$root/usr/share/icons/hicolor/scalable/apps" \
         "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/doc/diaspora-desk"
cp -a "$bundle" "$root/opt/diaspora-desk"
cat >"$root/usr/bin/diaspora-desk" <<'LAUNCHER'
#!/bin/sh
# Diaspora Desk is installed in /opt/diaspora-desk (one folder: the program and its libraries).
exec /opt/diaspora-desk/diaspora-desk "$@"
LAUNCHER
cp "$here/diaspora-desk.desktop" "$root/usr/share/applications/"
cp "$metainfo" "$root/usr/share/metainfo/"
cp resources/icons/diaspora-desk.svg "$root/usr/share/icons/hicolor/scalable/apps/"
cp resources/icons/diaspora-desk-256.png "$root/usr/share/icons/hicolor/256x256/apps/diaspora-desk.png"
cat >"$root/usr/share/doc/diaspora-desk/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Diaspora Desk

Files: *
Copyright: Diaspora Desk contributors
License: GPL-3.0-or-later
 On Debian systems the full text is in /usr/share/common-licenses/GPL-3.
 The bundle under /opt/diaspora-desk carries Qt (LGPL-3.0), Python (PSF-2.0) and the Python
 libraries listed in /opt/diaspora-desk/_internal/*.dist-info, each under its own licence; the
 fonts' licences are in /opt/diaspora-desk/_internal/resources/fonts.
COPYRIGHT
# Files 0644, folders and programs 0755, whatever the umask and the wheels said.
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f -exec chmod 0644 {} +
chmod 0755 "$root/usr/bin/diaspora-desk" "$root/opt/diaspora-desk/diaspora-desk"
# ELF files keep their execute bit (Qt's helper programs, e.g. QtWebEngineProcess if ever added).
find "$root/opt/diaspora-desk" -type f -name '*.so*' -exec chmod 0755 {} +

depends=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$here/deb-depends" | paste -sd, | sed 's/,/, /g')
cat >"$root/DEBIAN/control" <<CONTROL
Package: diaspora-desk
Version: $version
Section: misc
Priority: optional
Architecture: amd64
Maintainer: Diaspora Desk contributors <maintainers@users.noreply.github.com>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Description: diaspora associations, focal points, consultations and flyers
 Diaspora Desk keeps a diaspora-relations office's register of diaspora
 associations, its directory of focal points and the pool of people who
 volunteered for consultations, plans consultations with a fair, seeded and
 verifiable selection of participants, and prints flyers in six languages.
 It works offline on a local database and syncs with a central server.
 .
 This package carries its own Python and Qt under /opt/diaspora-desk.
CONTROL

if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate-tree --no-net "$root"
else
    echo "appstreamcli not installed: AppStream metadata not validated" >&2
fi
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb"

# Portable archive: the same bundle plus the desktop entry and icon, owned by nobody special.
stage=build/tarball/diaspora-desk-$version
rm -rf build/tarball && mkdir -p "$stage"
cp -a "$root/opt/diaspora-desk/." "$stage/"
cp "$here/diaspora-desk.desktop" resources/icons/diaspora-desk.svg "$stage/"
tar -C build/tarball --owner=0 --group=0 --numeric-owner -czf "$tarball" "diaspora-desk-$version"
rm -rf build/tarball "$root"
ls -l "$deb" "$tarball"
