#!/usr/bin/env bash
# The end-to-end table of docs/performance.md: whole processes, as a user's script runs them.
#
#   bench/end-to-end.sh [RADIOMICS] [REPEATS]
#
# RADIOMICS is the tool to time (default: the AOT binary artifacts/aot/radiomics when it exists, else the
# framework-dependent build, built here). Each scenario runs REPEATS times (default 5) pinned to one core
# (taskset -c 0 when available) and the table shows the minimum CPU time (user + sys, /usr/bin/time) and the
# minimum wall time, whole process, and for the 10-case batches the same divided by 10.
# With PYRADIOMICS=/path/to/pyradiomics (its command-line tool) the same scenarios run through PyRadiomics too,
# with its batch CSV form; PyRadiomics' figures then include its Python start-up, as ours include ours.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
tool="${1:-}"
repeats="${2:-5}"
if [ -z "$tool" ]; then
  if [ -x artifacts/aot/radiomics ]; then
    tool=artifacts/aot/radiomics
  else
    dotnet build src/Radiomics.Cli -c Release >/dev/null
    tool=src/Radiomics.Cli/bin/Release/net10.0/radiomics
  fi
fi
[ -x /usr/bin/time ] || { echo "end-to-end.sh: /usr/bin/time is needed (Debian package 'time')" >&2; exit 2; }
pin=()
command -v taskset >/dev/null 2>&1 && pin=(taskset -c 0)

data="$repo/tests/data"
image="$data/ibsi1/ct_phantom/nifti/image/phantom.nii.gz"
mask="$data/ibsi1/ct_phantom/nifti/mask/mask.nii.gz"
original="$data/pyradiomics-parity/ct-phantom-original.params.yaml"
filtered="$data/pyradiomics-parity/ct-phantom-filters.params.yaml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
{ echo "Image,Mask"; for _ in $(seq 1 10); do echo "$image,$mask"; done; } > "$work/cases.csv"

# min_time CMD...: runs CMD $repeats times; prints "min-CPU-seconds min-wall-seconds".
min_time() {
  local best_cpu="" best_wall=""
  for _ in $(seq 1 "$repeats"); do
    if ! /usr/bin/time -o "$work/time" -f "%U %S %e" "${pin[@]}" "$@" >/dev/null 2>"$work/stderr"; then
      echo "end-to-end.sh: failed: $*" >&2
      tail -5 "$work/stderr" >&2
      exit 1
    fi
    read -r user sys wall <"$work/time"
    local cpu
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')
    best_cpu=$(awk -v a="$cpu" -v b="${best_cpu:-1e9}" 'BEGIN { print (a < b ? a : b) }')
    best_wall=$(awk -v a="$wall" -v b="${best_wall:-1e9}" 'BEGIN { print (a < b ? a : b) }')
  done
  echo "$best_cpu $best_wall"
}

row() { # row LABEL DIVISOR CMD...
  local label="$1" divisor="$2"; shift 2
  read -r cpu wall <<<"$(min_time "$@")"
  awk -v l="$label" -v c="$cpu" -v w="$wall" -v d="$divisor" \
    'BEGIN { printf "| %s | %.3f s | %.3f s | %.3f s | %.3f s |\n", l, c, w, c / d, w / d }'
}

echo "tool: $tool ($(file -b "$tool" | cut -d, -f1)); $repeats runs each, minimum; $(nproc) cores, pinned: ${pin[*]:-no}"
echo
echo "| scenario | CPU, whole process | wall | CPU per case | wall per case |"
echo "|---|---|---|---|---|"
row "radiomics extract, Original" 1 "$tool" extract "$image" "$mask" -p "$original" -o "$work/one.csv"
row "radiomics batch --jobs 1, 10 × Original" 10 "$tool" batch "$work/cases.csv" -p "$original" --jobs 1 -o "$work/original.csv"
row "radiomics extract, filtered" 1 "$tool" extract "$image" "$mask" -p "$filtered" -o "$work/one-filtered.csv"
row "radiomics batch --jobs 1, 10 × filtered" 10 "$tool" batch "$work/cases.csv" -p "$filtered" --jobs 1 -o "$work/filtered.csv"

if [ -n "${PYRADIOMICS:-}" ]; then
  echo
  echo "PyRadiomics: $PYRADIOMICS"
  echo
  echo "| scenario | CPU, whole process | wall | CPU per case | wall per case |"
  echo "|---|---|---|---|---|"
  row "pyradiomics, one case, Original" 1 "$PYRADIOMICS" "$image" "$mask" --param "$original" -o "$work/py-one.csv" -f csv
  row "pyradiomics batch, 10 × Original" 10 "$PYRADIOMICS" "$work/cases.csv" --param "$original" -o "$work/py-original.csv" -f csv --jobs 1
  row "pyradiomics, one case, filtered" 1 "$PYRADIOMICS" "$image" "$mask" --param "$filtered" -o "$work/py-one-filtered.csv" -f csv
  row "pyradiomics batch, 10 × filtered" 10 "$PYRADIOMICS" "$work/cases.csv" --param "$filtered" -o "$work/py-filtered.csv" -f csv --jobs 1
fi
