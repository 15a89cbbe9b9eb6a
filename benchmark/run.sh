#!/usr/bin/env bash
# Benchmarks the nightly job: wall time and peak resident set size at several input sizes with a
# fixed maximum heap, plus one run on the real-data excerpts when ../shared/real-data is present.
# Prints a Markdown table. Generated input, databases and logs go under $BENCH_DIR.
#
# Usage: benchmark/run.sh [ROWS ...]     (default: 250000 1000000 2000000 GPAD crosstab rows)
# Settings: BENCH_DIR (default target/benchmark), HEAP (default 384m), BENCH_DATE (default 2026-12-01).
# PRACTICES (default 325) is a twentieth of England's hierarchy. The job writes 3 to 4 workbooks a
# second on 2 cores, so England's 7,800 recipients would take over 30 minutes a run.
# REAL_DATA_ICBS (default QUE,QMJ) lists the ICBs whose practices get a sharing configuration in
# the real-data case, because the GPAD and QOF excerpts mostly cover these two.
# Needs GNU time at /usr/bin/time (Debian package "time": apt-get install time).
set -euo pipefail

cd "$(dirname "$0")/.."
project=$(pwd)
bench_dir=${BENCH_DIR:-$project/target/benchmark}
heap=${HEAP:-384m}
date=${BENCH_DATE:-2026-12-01}
practices=${PRACTICES:-325}
real_data_icbs=${REAL_DATA_ICBS:-QUE,QMJ}
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
	sizes=(250000 1000000 2000000)
fi
jar=$project/target/benchwarden-0.1.0-SNAPSHOT.jar
real_data=$project/../shared/real-data

if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
	echo "GNU time is missing at /usr/bin/time; install it with: apt-get install time" >&2
	exit 2
fi

echo "Building $jar" >&2
mvn -o -q package -DskipTests
mkdir -p "$bench_dir"

rows_table=()

# Runs the job on the input in folder $1 and appends one table row labelled $2.
run_case() {
	local dir=$1 label=$2
	echo "Running the job on $label (input in $dir)" >&2
	local status=0
	(cd "$dir" && /usr/bin/time -v -o "$dir/time.txt" java "-Xmx$heap" "-Xlog:gc:file=$dir/gc.log" -jar "$jar" \
		"--benchwarden.data-directory=$dir/data" --job "$dir/job.yml" --date "$date" >"$dir/run.log" 2>&1) || status=$?

	local wall rss files records recipients workbooks heap_after
	wall=$(sed -n 's/^\s*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir/time.txt")
	rss=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$dir/time.txt")
	files=$(sed -n 's/^Files: \([0-9]*\) read.*/\1/p' "$dir/run.log" | tail -1)
	records=$(sed -n 's/^Records: \([0-9]*\) read.*/\1/p' "$dir/run.log" | tail -1)
	recipients=$(sed -n 's/^Recipients: \([0-9]*\), workbooks written: .*/\1/p' "$dir/run.log" | tail -1)
	workbooks=$(sed -n 's/^Recipients: [0-9]*, workbooks written: \([0-9]*\).*/\1/p' "$dir/run.log" | tail -1)
	# The largest heap in use after a G1 remark or full collection, the closest the log gets to the
	# live set. Young collections leave old-generation garbage behind, so they would overstate it.
	heap_after=$(grep -E 'Pause (Remark|Full)' "$dir/gc.log" | grep -o '[0-9]*M->[0-9]*M' \
		| sed 's/.*->\([0-9]*\)M/\1/' | sort -n | tail -1)
	local outcome="completed"
	if [ "$status" -ne 0 ]; then
		outcome="failed (exit $status, see $dir/run.log)"
	fi
	rows_table+=("| $label | ${records:-?} | ${files:-?} | ${recipients:-?} | ${workbooks:-?} | $wall | $((rss / 1024)) MiB | ${heap_after:-?} MiB | $heap | $outcome |")
}

for rows in "${sizes[@]}"; do
	dir=$bench_dir/rows-$rows
	rm -rf "$dir"
	java benchmark/GenerateBenchmarkInput.java --out "$dir" --rows "$rows" --date "$date" \
		--practices "$practices" >&2
	run_case "$dir" "synthetic, $rows GPAD rows"
done

if [ -d "$real_data" ]; then
	dir=$bench_dir/real-data
	rm -rf "$dir"
	java benchmark/GenerateBenchmarkInput.java --out "$dir" --periods all --sharing-icbs "$real_data_icbs" \
		--mapping "$real_data/qof/MAPPING_NHS_GEOGRAPHIES_2021.csv" \
		--mapping "$real_data/registrations/gp-reg-pat-prac-map_2025-12_reconstructed.csv" >&2
	cp "$real_data/qof/PREVALENCE_2021_v2_excerpt.csv" "$real_data/qof/PREVALENCE_1920_excerpt.csv" \
		"$real_data/gpad/Practice_Level_Crosstab_London_East_South_Oct_25_excerpt_reconstructed.csv" "$dir/inbox/"
	chmod u+w "$dir"/inbox/*
	run_case "$dir" "real-data excerpts"
else
	echo "No real data at $real_data; skipping the real-data case" >&2
fi

echo
echo "| input | records read | files | recipients | workbooks | wall time | peak RSS | max heap after remark | -Xmx | outcome |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
printf '%s\n' "${rows_table[@]}"
