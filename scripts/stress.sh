#!/usr/bin/env bash
# stress.sh: run a command while busy loops load every core, to find the steps that fail only
# on a busy machine (a developer's laptop running CI while they work, a shared CI runner).
#
#   bash scripts/stress.sh [-l LOOPS] [-r RUNS] [--] COMMAND...
#
# Starts LOOPS busy loops (default 6: a load of about 6-8 on two cores with the command's own
# work), runs COMMAND RUNS times (default 1) one after the other, prints each run's result, time
# and the load average, and stops at the first failure. The busy loops are ended by their pids
# when the script exits for any reason (success, failure, Ctrl-C). `make stress-test` runs
# `make test` this way.
set -euo pipefail

loops=6
runs=1
while [ $# -gt 0 ]; do
	case "$1" in
	-l) loops=$2; shift 2 ;;
	-r) runs=$2; shift 2 ;;
	--) shift; break ;;
	-*) echo "stress.sh: unknown option $1 (known: -l LOOPS, -r RUNS)" >&2; exit 2 ;;
	*) break ;;
	esac
done
[ $# -gt 0 ] || { echo "usage: stress.sh [-l LOOPS] [-r RUNS] [--] COMMAND..." >&2; exit 2; }
case "$loops$runs" in *[!0-9]*) echo "stress.sh: LOOPS and RUNS are whole numbers" >&2; exit 2 ;; esac

pids=()
stop_loops() {
	local p
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
	pids=()
}
trap stop_loops EXIT
trap 'exit 130' INT TERM

for _ in $(seq "$loops"); do
	bash -c 'while :; do :; done' &
	pids+=($!)
done
# Go caches test results: without -count=1 every run after the first would print "(cached)" for
# each package and the Go tests would meet the load only once. The Makefile clears GOFLAGS and
# passes GOTESTFLAGS to make unit's go test commands.
export GOTESTFLAGS="${GOTESTFLAGS:+$GOTESTFLAGS }-count=1"

echo "==> $loops busy loops on $(nproc) cores (pids ${pids[*]}); running $runs time(s): $*"

for i in $(seq "$runs"); do
	t0=$(date +%s)
	if "$@"; then rc=0; else rc=$?; fi
	t1=$(date +%s)
	load=$(cut -d' ' -f1-3 /proc/loadavg)
	if [ "$rc" = 0 ]; then
		echo "==> stress run $i/$runs: passed in $((t1 - t0)) s (load average $load)"
	else
		echo "==> stress run $i/$runs: FAILED (exit $rc) after $((t1 - t0)) s (load average $load)"
		exit "$rc"
	fi
done
echo "==> stress: all $runs run(s) passed under $loops busy loops"
