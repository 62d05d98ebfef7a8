#!/usr/bin/env python3
"""Calibration and invariant report of a scenario, read only from `railtop simulate --events`.

Runs the given seeds for `--years` years each and prints, per year of the run, the figures
docs/MODEL.md compares with the sources, and counts of invariant violations (border crossings
away from the border, overtaking on a track, stops without arrival or departure). Tooling for
people calibrating the model; the tests assert the same ranges in Swift (RealismTests).

    swift build -c release --product railtop
    scripts/calibrate.py --seeds 1-10 --years 3 [--scenario scenarios/x.yaml] [--binary PATH]
"""
import argparse
import json
import statistics
import subprocess
from collections import defaultdict


def events(binary, seed, days, scenario):
    command = [binary, "simulate", "--events", "--days", str(days), "--seed", str(seed)]
    if scenario:
        command += ["--scenario", scenario]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        for line in process.stdout:
            yield json.loads(line)


def daily_on_time(binary, seed, days, scenario):
    command = [binary, "simulate", "--format", "csv", "--days", str(days), "--seed", str(seed)]
    if scenario:
        command += ["--scenario", scenario]
    lines = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
    header = lines[0].split(",")
    column = header.index("on_time_percent")
    return [float(row.split(",")[column]) if row.split(",")[column] else None
            for row in lines[1:]]


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


class Year:
    """Figures of one year of one run."""

    def __init__(self):
        self.trains_zhengzhou = 0
        self.feu_west = 0
        self.feu_east = 0
        self.transit = defaultdict(list)
        self.stays = []
        self.holds = []
        self.arrivals = 0
        self.late = 0
        self.relief = 0
        self.left_behind = 0


def analyse(stream, days_per_year, origin, entry, exit_station):
    years = defaultdict(Year)
    violations = defaultdict(int)
    last_stop = {}  # train -> (station, kind, time)
    departed_from = {}  # train -> (station, time) of its last departure
    track_last = {}  # (from, to) -> (departure time, arrival time) of the latest train there
    arrived_at_entry = {}
    origin_departure = {}
    pending_crossing = {}  # train -> (station, time) of a crossing stamped on arrival
    for e in stream:
        t = e["time"]
        year = years[max(0, t) // (days_per_year * 86_400)]
        kind = e["kind"]
        train = e.get("train")
        station = e.get("station")
        if kind == "departed":
            origin_departure[train] = t
            arrived_at_entry.pop(train, None)
            departed_from[train] = (station, t)
            if station == origin:
                year.trains_zhengzhou += 1
        elif kind == "unloaded" and station == origin:
            year.trains_zhengzhou += 1
        if kind == "station_departed":
            if last_stop.get(train, (None,))[0] != station:
                violations["departure without arrival"] += 1
            departed_from[train] = (station, t)
        if kind in ("station_arrived", "arrived"):
            last_stop[train] = (station, kind, t)
            if train in pending_crossing and pending_crossing.pop(train) != (station, t):
                violations["crossing away from the border"] += 1
            if train in departed_from:
                previous, left = departed_from[train]
                key = (previous, station)
                if key in track_last:
                    other_left, other_arrived = track_last[key]
                    if other_left <= left and other_arrived > t:
                        violations["overtaking"] += 1
                track_last[key] = (left, t)
        if kind == "border_crossed":
            if e.get("from_station") == station:  # stamped leaving the border station
                if departed_from.get(train, (None, None)) != (station, t):
                    violations["crossing away from the border"] += 1
            else:  # stamped reaching it: its arrival follows at the same second
                pending_crossing[train] = (station, t)
        if kind == "station_arrived" and station == entry and e.get("train", "").count("-") >= 1:
            arrived_at_entry[train] = t
        if kind == "station_departed" and station == exit_station and train in arrived_at_entry:
            year.stays.append((t - arrived_at_entry.pop(train)) / 86_400)
        if kind == "customs_hold":
            year.holds.append(e["seconds"] / 3_600)
        if kind == "arrived":
            prefix = train.split("-")[0]
            year.transit[prefix].append(e["transit_seconds"] / 86_400)
        if kind == "unloaded":
            feu = e.get("containers", 0)
            if train.startswith(("X8044", "X8001", "X9001")):
                year.feu_west += feu
            else:
                year.feu_east += feu
        if kind == "relief_train_formed":
            year.relief += 1
        if kind == "containers_left_behind":
            year.left_behind += e.get("containers", 0)
    return years, violations


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default="1-10")
    parser.add_argument("--years", type=int, default=1)
    parser.add_argument("--scenario")
    parser.add_argument("--binary", default=".build/release/railtop")
    parser.add_argument("--origin", default="putian")
    parser.add_argument("--entry", default="brest")
    parser.add_argument("--exit", default="malaszewicze")
    args = parser.parse_args()
    low, _, high = args.seeds.partition("-")
    seeds = range(int(low), int(high or low) + 1)
    per_year = defaultdict(list)
    all_violations = defaultdict(int)
    on_time = defaultdict(list)
    streaks = defaultdict(int)  # year -> longest run of days below 10 % on time, any seed
    for seed in seeds:
        daily = daily_on_time(args.binary, seed, 365 * args.years, args.scenario)
        run = 0
        for day, value in enumerate(daily):
            if value is not None and day >= 45:
                on_time[day // 365].append(value)
            run = run + 1 if value is not None and value < 10 and day >= 45 else 0
            streaks[day // 365] = max(streaks[day // 365], run)
        years, violations = analyse(
            events(args.binary, seed, 365 * args.years, args.scenario), 365, args.origin,
            args.entry, args.exit)
        for index, year in years.items():
            per_year[index].append(year)
        for key, count in violations.items():
            all_violations[key] += count
    for index in sorted(per_year):
        runs = per_year[index]
        stays = [s for y in runs for s in y.stays]
        medians = [statistics.median(y.stays) for y in runs if y.stays]
        print(f"year {index + 1} ({len(runs)} seeds)")
        print(f"  Zhengzhou trains/year    {statistics.mean(y.trains_zhengzhou for y in runs):.0f}")
        west = sum(y.feu_west for y in runs)
        east = sum(y.feu_east for y in runs)
        print(f"  eastbound/westbound FEU  {east / max(1, west):.2f}")
        for prefix in sorted({p for y in runs for p in y.transit}):
            values = [v for y in runs for v in y.transit[prefix]]
            print(f"  transit {prefix:7} median {statistics.median(values):5.1f} d"
                  f"  p90 {percentile(values, 0.9):5.1f}  n={len(values)}")
        if stays:
            print(f"  stay {args.entry}→{args.exit} median {statistics.median(stays):.2f} d"
                  f" (per seed {min(medians):.2f}–{max(medians):.2f}), p90 "
                  f"{percentile(stays, 0.9):.2f}, p99 {percentile(stays, 0.99):.2f},"
                  f" max {max(stays):.2f}")
        days = on_time[index]
        if days:
            low = sum(1 for v in days if v < 10) / len(days) * 100
            print(f"  30-day on-time % median {statistics.median(days):.0f}, min {min(days):.0f},"
                  f" days below 10 %: {low:.1f} %, below 50 %:"
                  f" {sum(1 for v in days if v < 50) / len(days) * 100:.1f} %,"
                  f" longest run below 10 %: {streaks[index]} days")
        holds = [h for y in runs for h in y.holds]
        if holds:
            print(f"  customs holds  median {statistics.median(holds):.1f} h max {max(holds):.0f} h")
        print(f"  left behind FEU/year {statistics.mean(y.left_behind for y in runs):.0f},"
              f" relief trains/year {statistics.mean(y.relief for y in runs):.1f}")
    print("violations:", dict(all_violations) or "none")


if __name__ == "__main__":
    main()
