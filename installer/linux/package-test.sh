#!/usr/bin/env bash
# Prove the .deb on a fresh Debian 12 (bookworm) — the way an office machine would get it.
#   installer/linux/package-test.sh [dist/diaspora-desk_VERSION_amd64.deb]   (as root; `make package-test`)
#
# 1. A `debootstrap --variant=minbase bookworm` system, made once from the Debian mirror this
#    machine's apt already uses (installer/linux/debian-mirror.sh) and cached as a tarball in
#    $DIASPORA_PACKAGE_CACHE (default ~/.cache/diaspora-desk), with the .debs apt downloads.
#    Each run unpacks a fresh copy, so nothing from an earlier run leaks into the next one.
# 2. `apt-get install --no-install-recommends ./diaspora-desk_*.deb`: only the package's Depends
#    come in; no Python is installed (checked). Every shared library of the bundle must resolve.
# 3. As an ordinary user: `demo`, `db check`, a flyer PDF; then Xvfb (installed only now, so its
#    own libraries cannot hide a missing Depends) and `--screenshot` of the main window in French
#    and Arabic through the xcb platform plugin. Then `apt-get remove` keeps the user's data.
# Results (screenshots, flyer, logs) go to dist/package-test/, checked by check_package_test.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(id -u)" = 0 ] || { echo "package-test needs root (debootstrap, chroot, mount)" >&2; exit 1; }

deb=${1:-$(ls -t dist/diaspora-desk_*_amd64.deb 2>/dev/null | head -1)}
[ -f "$deb" ] || { echo "No .deb: run \`make package\` first" >&2; exit 1; }
cache=${DIASPORA_PACKAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/diaspora-desk}
out=dist/package-test
read -r mirror security < <(installer/linux/debian-mirror.sh)
base="$cache/bookworm-minbase.tar"
mkdir -p "$cache/debootstrap-debs" "$cache/apt-archives/partial"
rm -rf "$out" && mkdir -p "$out"

root=$(mktemp -d /tmp/diaspora-desk-chroot.XXXXXX)
chmod 0755 "$root"  # mktemp makes it 0700: apt's _apt user and the office user must get in
mounts=()
xvfb_pid=""
cleanup() {
    local status=$?
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" || true
    done
    # Never delete through a mount that is still there.
    if ! grep -q " $root" /proc/self/mounts; then rm -rf "$root"; fi
    exit "$status"
}
trap cleanup EXIT INT TERM
mount_in() {  # mount_in TARGET MOUNT-ARGS…
    mkdir -p "$root$1"
    mount "${@:2}" "$root$1"
    mounts+=("$root$1")
}
step() { printf '\n== %s (%ds)\n' "$*" "$SECONDS"; }
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
as_user() {
    chroot --userspec=office:office "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/office \
        LANG=C.UTF-8 USER=office "$@"
}

if [ ! -f "$base" ]; then
    step "debootstrap --variant=minbase bookworm from $mirror (cached in $base)"
    debootstrap --variant=minbase --cache-dir="$(realpath "$cache/debootstrap-debs")" \
        bookworm "$root" "$mirror" >"$out/debootstrap.log" 2>&1 \
        || { tail -20 "$out/debootstrap.log"; exit 1; }
    {
        echo "deb $mirror bookworm main"
        echo "deb $mirror bookworm-updates main"
        [ -n "$security" ] && echo "deb $security bookworm-security main"
    } >"$root/etc/apt/sources.list"
    # Keep downloaded .debs (they live in the bind-mounted cache below).
    echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$root/etc/apt/apt.conf.d/10keep"
    tar -C "$root" -cf "$base.part" . && mv "$base.part" "$base"
else
    step "unpack the cached bookworm system ($base)"
    tar -C "$root" -xf "$base"
    chmod 0755 "$root"
fi

mount_in /proc -t proc proc
mount_in /sys -t sysfs sysfs
mount_in /dev --bind /dev
mount_in /dev/pts --bind /dev/pts
mount_in /var/cache/apt/archives --bind "$cache/apt-archives"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
export DEBIAN_FRONTEND=noninteractive

step "apt-get install ./$(basename "$deb") (Depends only, no recommends)"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$out/apt-install.log" 2>&1 \
    || { tail -30 "$out/apt-install.log"; exit 1; }
grep -E '^(Get|Setting up)' "$out/apt-install.log" | grep -c 'Setting up' \
    | xargs printf '%s packages set up\n'

step "what the package installed"
for path in /usr/bin/diaspora-desk /opt/diaspora-desk/diaspora-desk \
        /usr/share/applications/diaspora-desk.desktop \
        /usr/share/icons/hicolor/scalable/apps/diaspora-desk.svg \
        /usr/share/icons/hicolor/256x256/apps/diaspora-desk.png \
        /usr/share/metainfo/org.diasporadesk.DiasporaDesk.metainfo.xml /usr/share/doc/diaspora-desk/copyright; do
    [ -e "$root$path" ] || { echo "missing: $path" >&2; exit 1; }
    echo "present: $path"
done
for lang in fr es ro ru ar; do
    ls "$root"/opt/diaspora-desk/_internal/translations/diaspora_desk_"$lang".qm >/dev/null
done
internal="$root/opt/diaspora-desk/_internal"
ls "$internal/resources/fonts/NotoSansArabic-Regular.ttf" "$internal/resources/icons/diaspora-desk.svg" \
   "$internal/docs/USER_GUIDE.md" "$internal/PySide6/Qt/translations/qtbase_ar.qm" \
   "$internal"/keyring-*.dist-info/entry_points.txt >/dev/null
echo "translations (the app's and Qt's), fonts, icons, the user guide and keyring's backend list are in the bundle"
if in_root sh -c 'command -v python3 || command -v python || command -v pip' ; then
    echo "a Python interpreter is installed: the package must not need one" >&2; exit 1
fi
echo "no python3, python or pip on this system"

step "every shared library of the bundle resolves"
in_root sh -c 'cd /opt/diaspora-desk && find . -type f \( -name "*.so*" -o -name diaspora-desk \) \
    -exec sh -c "LD_LIBRARY_PATH=/opt/diaspora-desk/_internal ldd \"\$1\" 2>/dev/null \
        | sed -n \"s|^[[:space:]]*\\([^ ]*\\) => not found|\$1: \\1|p\"" _ {} \;' >"$out/ldd-missing.txt"
if [ -s "$out/ldd-missing.txt" ]; then
    echo "unresolved libraries (add their packages to installer/linux/deb-depends):" >&2
    cat "$out/ldd-missing.txt" >&2; exit 1
fi
echo "all resolved"

step "an office user: demo, db check, flyer (no window)"
in_root useradd --create-home --shell /bin/sh office
as_user diaspora-desk --version | tee "$out/version.txt"
as_user diaspora-desk demo --seed 1 >"$out/demo.txt" 2>&1 || { cat "$out/demo.txt"; exit 1; }
tail -3 "$out/demo.txt"
as_user diaspora-desk db check | tee "$out/db-check.txt"
grep -q '^ok ' "$out/db-check.txt"
as_user diaspora-desk flyer --all-regions --langs fr,ar --template a4 --out-dir /tmp/flyers \
    >"$out/flyer.txt" 2>&1 || { cat "$out/flyer.txt"; exit 1; }
tail -2 "$out/flyer.txt"
mkdir -p "$out/flyers" && cp "$root"/tmp/flyers/*.pdf "$out/flyers/"
ls "$out/flyers" | wc -l | xargs printf '%s flyer PDFs\n'

step "Xvfb inside the system, main window in French and Arabic through xcb"
in_root apt-get install -y -q --no-install-recommends xvfb >"$out/apt-xvfb.log" 2>&1 \
    || { tail -30 "$out/apt-xvfb.log"; exit 1; }
# A display number nobody uses: X sockets are abstract, shared with the host's network namespace.
display=${DIASPORA_PACKAGE_TEST_DISPLAY:-}
if [ -z "$display" ]; then
    for n in $(seq 90 199); do
        grep -q "@/tmp/.X11-unix/X$n\$" /proc/net/unix || [ -e "/tmp/.X11-unix/X$n" ] \
            || { display=$n; break; }
    done
fi
chroot "$root" /usr/bin/Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp \
    >"$out/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -S "$root/tmp/.X11-unix/X$display" ] && break; sleep 0.2; done
[ -S "$root/tmp/.X11-unix/X$display" ] || { cat "$out/xvfb.log"; exit 1; }
for lang in fr ar; do
    as_user env DISPLAY=":$display" QT_QPA_PLATFORM=xcb diaspora-desk --lang "$lang" \
        --screenshot "/tmp/main-$lang.png" >"$out/screenshot-$lang.log" 2>&1 \
        || { cat "$out/screenshot-$lang.log"; exit 1; }
    cp "$root/tmp/main-$lang.png" "$out/"
    echo "main-$lang.png"
done

step "apt-get remove keeps the user's data"
in_root apt-get remove -y -q diaspora-desk >"$out/apt-remove.log" 2>&1
[ ! -e "$root/opt/diaspora-desk" ] && [ ! -e "$root/usr/bin/diaspora-desk" ]
ls "$root/home/office/.local/share/DiasporaDesk" | tee "$out/data-after-remove.txt"
step "done: the package works on a fresh Debian 12; results in $out/"
