#!/usr/bin/env bash
# Builds build/civicdesk_VERSION_amd64.deb and checks it as a desk would receive it.
set -euo pipefail
build=$1
version=$2
fail() { echo "package_deb: FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb desktop-file-validate appstreamcli groff; do
  command -v "$tool" >/dev/null || fail "$tool is missing (tools/dev installs it)"
done

cd "$build"
rm -f civicdesk_*_amd64.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log >&2; fail "cpack failed"; }
deb="$build/civicdesk_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $deb"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

for f in usr/bin/civicdesk usr/bin/civicdesk-cli \
         usr/share/applications/org.civicdesk.CivicDesk.desktop \
         usr/share/metainfo/org.civicdesk.CivicDesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.civicdesk.CivicDesk.svg \
         usr/share/man/man1/civicdesk-cli.1.gz usr/share/man/man1/civicdesk.1.gz; do
  [ -e "$root/$f" ] || fail "the package lacks /$f"
done

# Depends: the Qt 6 runtime, SQLite, libpq and QtKeychain the programs link, and the plugins Qt
# loads at run time; nothing from the build (no -dev package, no compiler).
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6sql6 libsqlite3-0 libpq5 libqt6keychain1 libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins; do
  grep -q "\b$lib\b" <<<"$depends" || fail "Depends does not name $lib"
done
if grep -qE -- '-dev\b|\bgcc\b|\bclang\b' <<<"$depends"; then fail "Depends names a build tool or -dev package"; fi

cli="$root/usr/bin/civicdesk-cli"
out=$("$cli" --version) || fail "civicdesk-cli --version failed"
[ "$out" = "civicdesk-cli $version" ] || fail "civicdesk-cli --version printed \"$out\""
profile=$(mktemp -d)
"$cli" --profile "$profile/p" init --workstation PKG >/dev/null || fail "civicdesk-cli init failed"
[ -f "$profile/p/civicdesk.sqlite" ] || fail "init made no store"
rm -rf "$profile"
zcat "$root/usr/share/man/man1/civicdesk-cli.1.gz" | grep -q '^\.SH COMMANDS' || fail "the manual page has no COMMANDS section"
zcat "$root/usr/share/man/man1/civicdesk.1.gz" | grep -q '^\.B \\-\\-caller NUMBER' || fail "civicdesk(1) does not list --caller"
# Both pages render, with every groff warning on and none given.
for page in civicdesk civicdesk-cli; do
  warnings=$(zcat "$root/usr/share/man/man1/$page.1.gz" | groff -man -Tutf8 -ww -z 2>&1) || fail "groff cannot render $page(1)"
  [ -z "$warnings" ] || fail "groff warns about $page(1): $warnings"
done

desktop-file-validate "$root/usr/share/applications/org.civicdesk.CivicDesk.desktop" || fail "desktop-file-validate"
grep -q 'x-scheme-handler/tel' "$root/usr/share/applications/org.civicdesk.CivicDesk.desktop" || fail "no tel: handler"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.civicdesk.CivicDesk.metainfo.xml" || fail "appstreamcli validate"
echo "package_deb: ok, $(du -h "$deb" | cut -f1) $deb"
