import CorridorSim
import Foundation

/// A fingerprint of one run, for checking that an engine change changes no behaviour: the
/// whole event log (as data and as text) and a snapshot every `sliceSeconds`, each hashed
/// from its full printed form. Two builds that print the same digests produced the same
/// events and the same snapshots, bit for bit (doubles print in their shortest exact form).
///
/// The run goes in slices with a snapshot after each, as the live screen does, so the
/// snapshot caches are exercised along with the engine.
func runDigest(_ scenario: Scenario, seed: UInt64, days: Int, sliceSeconds: Int64) {
  let simulation = Simulation(scenario: scenario, seed: seed)
  var events = FNV1a()
  var snapshots = FNV1a()
  var count = 0
  var snapshot = simulation.snapshot()
  var t: Int64 = 0
  let end = Int64(days) * 86_400
  while t < end {
    t = min(end, t + sliceSeconds)
    simulation.run(until: SimTime(seconds: t))
    for event in simulation.drainEvents() {
      events.add(String(describing: event))
      events.add(simulation.eventText.message(for: event))
      count += 1
    }
    snapshot = simulation.snapshot()
    snapshots.add(String(describing: snapshot))
  }
  var final = FNV1a()
  final.add(String(describing: snapshot))
  print(
    "digest: seed=\(seed) days=\(days) events=\(count) processed=\(simulation.eventsProcessed)"
      + " events_fnv=\(events.hex) snapshots_fnv=\(snapshots.hex) final_fnv=\(final.hex)")
}

/// 64-bit FNV-1a over UTF-8 bytes: a stable hash (Swift's `Hasher` is seeded per process).
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ text: String) {
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value &*= 0x100_0000_01b3
    }
    value ^= 0xff  // a separator, so "ab"+"c" and "a"+"bc" differ
    value &*= 0x100_0000_01b3
  }

  var hex: String { String(value, radix: 16) }
}
