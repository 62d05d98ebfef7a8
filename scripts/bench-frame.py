#!/usr/bin/env python3
"""The 200×60 frame with 20,000 trains in the snapshot (issue 8 §6), for one or more builds.

    scripts/bench-frame.py ROUNDS BENCH [BENCH...]

Each BENCH is a release `railtop-bench`. Each round runs, per build and alternating,
`render --trains-in-snapshot 20000 --frames 600` (the pure `DashboardFrame.render`, as
`railtop snapshot` draws) and the same with `--kept` (through a `LiveRenderer`, as the live
screen draws). Prints per build and kind the median of the runs' medians with their range,
and the median of their p90s.
"""
import re
import statistics
import subprocess
import sys


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    rounds, benches = int(sys.argv[1]), sys.argv[2:]
    results = {(bench, kind): [] for bench in benches for kind in ("pure", "kept")}
    for _ in range(rounds):
        for bench in benches:
            for kind in ("pure", "kept"):
                args = [bench, "render", "--trains-in-snapshot", "20000", "--frames", "600"]
                out = subprocess.run(args + (["--kept"] if kind == "kept" else []),
                                     capture_output=True, text=True, check=True).stdout
                m = re.search(r"median_render=([\d.]+) ms p90_render=([\d.]+) ms", out)
                results[(bench, kind)].append((float(m.group(1)), float(m.group(2))))
    for (bench, kind), runs in results.items():
        medians = [run[0] for run in runs]
        p90s = [run[1] for run in runs]
        print(f"{bench} {kind}: median {statistics.median(medians):.3f} ms "
              f"({min(medians):.3f}–{max(medians):.3f}), p90 {statistics.median(p90s):.3f} ms")


if __name__ == "__main__":
    main()
