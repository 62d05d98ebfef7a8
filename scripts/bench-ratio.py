#!/usr/bin/env python3
"""Cost per event at 200,000 trains a year against 20,000 (issue 8 §6), for one or more builds.

    scripts/bench-ratio.py ROUNDS BENCH [BENCH...]

Each BENCH is a release `railtop-bench` (copy each build aside first). Each round runs, per
build, `stress --trains 20000 --days 60` five times and `stress --trains 200000 --days 60`
three times, alternating builds, each run timed in chunks of 10,000 events
(`--chunk-events`). On a shared machine other work only ever adds time, so the fastest time
is the steadiest estimate of a build's own cost. Two estimates come from the same runs:

- whole runs: the fastest run's CPU time per event. A 200,000-train run (0.5 s) is ten
  times as long as a 20,000-train one, so it is more often hit by another tenant's burst,
  and its fastest run is further from its own cost: this estimate leans against the larger
  size.
- chunks: the sum over chunks of each chunk's fastest time over all runs, per event. Every
  sample is 10,000 events at both sizes, so both are as likely to be clean (a seeded run
  does the same work in every repeat, so chunk k is the same work each time).

Between a build's 20,000- and 200,000-train runs in a round, a pointer chase over 6 MiB
(`latency --mib 6`: about the 200,000-train run's hot trains and stop times) measures how fast
the machine's shared L3 is at that moment; the 20,000-train run fits in the 1 MiB L2 and does
not feel it. The probe is bimodal on this host (15-40 ns when the L3 answers, 130-170 ns when
other tenants hold it), so the chunk floor is also given over only the 200,000-train runs of
rounds whose probe was under `ANSWERING_NS`.

Prints each round's whole-run figures and probe, then per build the ratio both ways, the
probe's median over the rounds and the ratio with the L3 answering.
"""
import re
import statistics
import subprocess
import sys

CHUNK = 10_000
# Runs of each size a round (the 200,000-train runs share the round's probe).
SMALL_RUNS, LARGE_RUNS = 5, 3
ANSWERING_NS = 100


def chunked_run(bench, trains):
    out = subprocess.run(
        [bench, "stress", "--trains", str(trains), "--days", "60", "--chunk-events", str(CHUNK)],
        capture_output=True, text=True, check=True).stdout
    events = int(re.search(r"events=(\d+)", out).group(1))
    chunks = [float(x) for x in re.search(r"chunk_cpu=([\d.,]+)", out).group(1).split(",")]
    return events, chunks


def probe_ns(bench):
    out = subprocess.run([bench, "latency", "--mib", "6", "--passes", "3"],
                         capture_output=True, text=True, check=True).stdout
    return float(re.search(r"median_ns=([\d.]+)", out).group(1))


class Size:
    """All runs of one build at one size."""

    def __init__(self):
        self.events = None
        self.runs = []
        self.probes = []

    def add(self, events, chunks, probe=None):
        if self.events is not None and (events, len(chunks)) != (self.events, len(self.runs[0])):
            sys.exit("runs of one build differ in events: not the same build or seed")
        self.events = events
        self.runs.append(chunks)
        self.probes.append(probe)
        return sum(chunks) / events * 1e9

    def fastest_run_ns(self):
        return min(sum(run) for run in self.runs) / self.events * 1e9

    def chunk_floor_ns(self, answering_only=False):
        runs = [run for run, probe in zip(self.runs, self.probes)
                if not answering_only or probe < ANSWERING_NS]
        if not runs:
            return None
        return sum(min(col) for col in zip(*runs)) / self.events * 1e9


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    rounds, benches = int(sys.argv[1]), sys.argv[2:]
    sizes = {bench: (Size(), Size()) for bench in benches}
    round_ratios = {bench: [] for bench in benches}
    for r in range(rounds):
        for bench in benches:
            small, large = sizes[bench]
            s = min(small.add(*chunked_run(bench, 20_000)) for _ in range(SMALL_RUNS))
            probe = probe_ns(bench)
            l = min(large.add(*chunked_run(bench, 200_000), probe) for _ in range(LARGE_RUNS))
            round_ratios[bench].append(l / s - 1)
            print(f"round {r} {bench}: {s:.0f} ns, {l:.0f} ns: {100 * (l / s - 1):+.1f} %; "
                  f"L3 probe {probe:.0f} ns", flush=True)
    for bench, (small, large) in sizes.items():
        ratios = round_ratios[bench]
        s, l = small.fastest_run_ns(), large.fastest_run_ns()
        cs, cl = small.chunk_floor_ns(), large.chunk_floor_ns()
        print(f"{bench}: whole runs: fastest {s:.0f} ns at 20,000, {l:.0f} ns at 200,000: "
              f"{100 * (l / s - 1):+.1f} %; rounds' median {100 * statistics.median(ratios):+.1f} % "
              f"({100 * min(ratios):+.1f} to {100 * max(ratios):+.1f})")
        print(f"{bench}: chunks of {CHUNK:,} events: {cs:.0f} ns at 20,000, {cl:.0f} ns at 200,000: "
              f"{100 * (cl / cs - 1):+.1f} %")
        p = large.probes[::LARGE_RUNS]  # one a round
        print(f"{bench}: L3 probe (6 MiB chase): median {statistics.median(p):.0f} ns a load "
              f"({min(p):.0f} to {max(p):.0f})")
        answering = sum(x < ANSWERING_NS for x in p)
        ca = large.chunk_floor_ns(answering_only=True)
        if ca is None:
            print(f"{bench}: L3 answering (probe < {ANSWERING_NS} ns): in no round")
        else:
            print(f"{bench}: L3 answering (probe < {ANSWERING_NS} ns) in {answering} of {len(p)} "
                  f"rounds: chunks {cs:.0f} ns at 20,000, {ca:.0f} ns at 200,000: "
                  f"{100 * (ca / cs - 1):+.1f} %")


if __name__ == "__main__":
    main()
