#!/usr/bin/env bash
# Build the Linux one-folder bundle (dist/nabij/) with PyInstaller, then check it from inside:
#   1. the bundle holds what the app loads by path (resources, migrations, keyring metadata);
#   2. `nabij --self-test` and `nabij-selftest` pass (offscreen, no display needed);
#   3. the frozen app starts in demo mode on a fresh folder: that creates an encrypted database
#      and runs every Alembic migration inside the bundle; the source tree then opens it and
#      checks the schema is at head.
# Exits non-zero when any step fails. Prints the build time and the bundle size.
#
#   bash packaging/build_linux.sh            # build + checks
#   bash packaging/build_linux.sh --no-build # checks on an existing dist/nabij
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
[ "${1:-}" = "--no-build" ] && build=0

# PyInstaller comes from the 'packaging' dependency group once pyproject.toml has one; until
# then from a throw-away overlay environment (uv run --with), leaving pyproject/uv.lock alone.
if grep -Eq '^packaging *= *\[' pyproject.toml; then
  pyi=(uv run --group packaging pyinstaller)
else
  pyi=(uv run --with 'pyinstaller>=6.10,<7' pyinstaller)
fi

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
t0=$(date +%s)

if [ "$build" = 1 ]; then
  echo "== build: ${pyi[*]} packaging/nabij.spec"
  log=build/pyinstaller.log
  mkdir -p build
  if ! "${pyi[@]}" --noconfirm --clean --log-level WARN \
      --distpath dist --workpath build/pyinstaller packaging/nabij.spec >"$log" 2>&1; then
    tail -40 "$log"
    echo "build FAILED (full log: $log)"
    exit 1
  fi
  grep -E "ERROR" "$log" || true
fi
t1=$(date +%s)

bundle=dist/nabij
internal="$bundle/_internal"
[ -x "$bundle/nabij" ] || { echo "no $bundle/nabij: build first"; exit 1; }

echo "== bundle contents"
fail=0
expect() {  # expect DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then echo "[ok] $what"; else echo "[FAIL] $what"; fail=1; fi
}
has() { compgen -G "$1" >/dev/null; }  # a glob that matches at least one file
expect "resources/__init__.py" test -f "$internal/resources/__init__.py"
for sub in fonts content documents; do
  n_src=$(find "resources/$sub" -type f ! -path '*__pycache__*' ! -name '*.ts' ! -name '*.py' ! -name '*.pyc' | wc -l)
  n_dst=$(find "$internal/resources/$sub" -type f | wc -l)
  expect "resources/$sub: $n_dst of $n_src files" test "$n_src" -eq "$n_dst"
done
if [ -d resources/i18n ]; then
  n_src=$(find resources/i18n -name '*.qm' | wc -l)
  n_dst=$(find "$internal/resources/i18n" -name '*.qm' 2>/dev/null | wc -l)
  expect "resources/i18n: $n_dst of $n_src .qm files" test "$n_src" -eq "$n_dst"
fi
n_src=$(find app/storage/migrations/versions -maxdepth 1 -name '*.py' | wc -l)
n_dst=$(find "$internal/app/storage/migrations/versions" -maxdepth 1 -name '*.py' | wc -l)
expect "migrations: env.py, script.py.mako, $n_dst of $n_src versions" \
  test -f "$internal/app/storage/migrations/env.py" -a -f "$internal/app/storage/migrations/script.py.mako" \
  -a "$n_src" -eq "$n_dst"
expect "keyring metadata (entry points)" has "$internal/keyring-*.dist-info/entry_points.txt"
expect "Qt offscreen + xcb platform plugins" \
  test -f "$internal/PySide6/Qt/plugins/platforms/libqoffscreen.so" -a -f "$internal/PySide6/Qt/plugins/platforms/libqxcb.so"
expect "Qt print support (CUPS)" test -f "$internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"
expect "QtPdf + QtPdfWidgets" has "$internal/PySide6/QtPdfWidgets.*"
expect "no QtQuick/QML/WebEngine/Multimedia" \
  test -z "$(find "$internal" -iname '*Qt6Quick*' -o -iname '*Qt6Qml*' -o -iname '*WebEngine*' -o -iname '*Qt6Multimedia*')"
# read-aloud (issue 18) ships on Windows only (SAPI/WinRT); here its Multimedia would bring libpulse
expect "no QtTextToSpeech (Windows only)" test -z "$(find "$internal" -iname '*TextToSpeech*')"
expect "no GTK, no TLS plugins" test -z "$(find "$internal" -iname 'libgtk-3*' -o -path '*plugins/tls*')"

echo "== $bundle/nabij --self-test (QT_QPA_PLATFORM=$QT_QPA_PLATFORM)"
set +e
"$bundle/nabij" --self-test
rc_app=$?
echo "== $bundle/nabij-selftest"
"$bundle/nabij-selftest" >build/selftest-console.txt 2>&1
rc_console=$?
set -e
sed 's/^/    /' build/selftest-console.txt
expect "nabij --self-test exit code 0 (got $rc_app)" test "$rc_app" -eq 0
expect "nabij-selftest exit code 0 (got $rc_console)" test "$rc_console" -eq 0

echo "== frozen demo start: migrations run inside the bundle"
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
"$bundle/nabij" --demo --data-dir "$smoke/demo" >"$smoke/out.txt" 2>&1 &
pid=$!
# The demo folder is ready when the key file exists and the app sits at the unlock dialog;
# creating it (Argon2id, migrations, demo residents) takes a few seconds.
for _ in $(seq 1 120); do
  [ -s "$smoke/demo/nabij.key" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
sleep 5
alive=0
kill -0 "$pid" 2>/dev/null && alive=1
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
expect "frozen app still running at the unlock dialog" test "$alive" -eq 1
if [ "$alive" -ne 1 ]; then sed 's/^/    /' "$smoke/out.txt"; fi
if uv run python - "$smoke/demo" <<'EOF'
import sys
from pathlib import Path

from sqlalchemy import text

from app.services.demo import DEMO_PASSPHRASE
from app.storage import migrations
from app.storage.keys import NoSecretStore
from app.storage.vault import Vault

db = Vault(Path(sys.argv[1]), NoSecretStore()).open_with_passphrase(DEMO_PASSPHRASE)
try:
    with db.session() as s:
        version = s.execute(text("select version_num from alembic_version")).scalar()
        residents = s.execute(text("select count(*) from resident")).scalar()
finally:
    db.close()
head = migrations.head_revision()
print(f"    schema {version} (head {head}), {residents} demo residents")
sys.exit(0 if version == head and residents > 0 else 1)
EOF
then echo "[ok] database made by the frozen app is encrypted, at head and seeded"
else echo "[FAIL] database made by the frozen app"; fail=1
fi

t2=$(date +%s)
echo "== summary"
echo "bundle size: $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files) in $bundle"
[ "$build" = 1 ] && echo "build time: $((t1 - t0)) s"
echo "checks time: $((t2 - t1)) s"
if [ "$fail" -ne 0 ]; then
  echo "linux bundle: FAILED"
  exit 1
fi
echo "linux bundle: ok"
