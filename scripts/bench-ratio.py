#!/usr/bin/env python3
"""Cost per event at 200,000 trains a year against 20,000 (issue 8 §6), for one or more builds.

    scripts/bench-ratio.py ROUNDS BENCH [BENCH...]

Each BENCH is a release `railtop-bench` (copy each build aside first). Each round runs, per
build, `stress --trains 20000 --days 60` five times and `stress --trains 200000 --days 60`
three times, alternating builds, and takes the fastest CPU time per event of each: on a shared
machine other work only ever adds time, so the fastest run is the steadiest estimate of a
build's own cost (medians of single runs moved by ±30 % within minutes here). Prints each
round's figures, then per build the ratio of the fastest runs over all rounds and the median
of the rounds' ratios.
"""
import re
import statistics
import subprocess
import sys


def per_event_ns(bench, trains):
    out = subprocess.run(
        [bench, "stress", "--trains", str(trains), "--days", "60", "--repeat", "1", "--no-snapshot"],
        capture_output=True, text=True, check=True).stdout
    cpu = float(re.search(r"median_cpu=([\d.]+)", out).group(1))
    events = int(re.search(r" events=(\d+)", out).group(1))
    return cpu / events * 1e9


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    rounds, benches = int(sys.argv[1]), sys.argv[2:]
    results = {bench: [] for bench in benches}
    for r in range(rounds):
        for bench in benches:
            small = min(per_event_ns(bench, 20_000) for _ in range(5))
            large = min(per_event_ns(bench, 200_000) for _ in range(3))
            results[bench].append((small, large))
            print(f"round {r} {bench}: {small:.0f} ns, {large:.0f} ns: {100 * (large / small - 1):+.1f} %",
                  flush=True)
    for bench, pairs in results.items():
        small = min(p[0] for p in pairs)
        large = min(p[1] for p in pairs)
        ratios = [p[1] / p[0] - 1 for p in pairs]
        print(f"{bench}: fastest {small:.0f} ns at 20,000, {large:.0f} ns at 200,000: "
              f"{100 * (large / small - 1):+.1f} %; rounds' median {100 * statistics.median(ratios):+.1f} % "
              f"({100 * min(ratios):+.1f} to {100 * max(ratios):+.1f})")


if __name__ == "__main__":
    main()
