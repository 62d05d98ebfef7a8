/// The values one numeric key of a scenario file may take: a closed range, or one open at its
/// low end (`> 0`), in the key's unit.
///
/// Every number the loader accepts lies in such a range (docs/SCENARIO-FORMAT.md, "Ranges"),
/// so the engine's integer time, sums and allocations are safe for every file that loads.
struct ValueRange: Sendable, Hashable {
  let lowest: Double
  let highest: Double
  /// True when `lowest` itself is refused (`> 0`).
  let excludesLowest: Bool
  /// What the number counts, after it in messages ("hours", "km"); may be empty.
  let unit: String
  /// A gloss of the top, for messages ("10 years").
  let note: String

  init(
    _ lowest: Double, _ highest: Double, excludingLowest: Bool = false, unit: String = "",
    note: String = ""
  ) {
    self.lowest = lowest
    self.highest = highest
    self.excludesLowest = excludingLowest
    self.unit = unit
    self.note = note
  }

  func contains(_ value: Double) -> Bool {
    value.isFinite && value <= highest && (excludesLowest ? value > lowest : value >= lowest)
  }

  /// The problem of a finite `value` outside the range: the loader's older words for the
  /// usual low ends (`> 0`, `≥ 0`, `0…1`), else the whole range; `found` is the value as the
  /// message shows it (whole numbers exactly).
  func problem(for value: Double, found: String) -> ScenarioError.Problem {
    if lowest == 0, highest == 1, !excludesLowest, unit.isEmpty { return .notAFraction(value) }
    if lowest == 0, value <= 0 { return excludesLowest ? .notPositive(value) : .negative(value) }
    return .outOfRange(found: found, allowed: allowed)
  }

  /// How messages and the format page write the range: `between 0 and 87600 hours (10 years)`.
  var allowed: String {
    let low = ScenarioError.Problem.number(lowest)
    let high = ScenarioError.Problem.number(highest)
    let unitText = unit.isEmpty ? "" : " \(unit)"
    let noteText = note.isEmpty ? "" : " (\(note))"
    return excludesLowest
      ? "greater than \(low) and at most \(high)\(unitText)\(noteText)"
      : "between \(low) and \(high)\(unitText)\(noteText)"
  }
}
