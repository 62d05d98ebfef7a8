import ArgumentParser

/// A `--seed` value as typed: any whole number parses, so that a negative or too large one is
/// reported as out of range by `checked()` rather than as text ArgumentParser cannot read.
struct SeedArgument: ExpressibleByArgument, Sendable, Hashable {
  /// The number as given on the command line.
  let text: String
  /// The seed, or nil when the number is outside 0…`UInt64.max`.
  let value: UInt64?

  /// Accepts an optional sign and decimal digits; anything else is not a number at all and gets
  /// ArgumentParser's "The value 'x' is invalid for '--seed <seed>'".
  init?(argument: String) {
    let digits =
      argument.first == "-" || argument.first == "+" ? argument.dropFirst() : argument[...]
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    text = argument
    value = UInt64(argument)
  }

  /// The allowed seeds as the message writes them.
  static let allowed = "0–\(UInt64.max)"

  /// The seed, or the out-of-range message naming `--seed` and the value.
  func checked() throws(ValidationError) -> UInt64 {
    guard let value else {
      throw OptionRange.outOfRange(flag: "--seed", value: text, allowed: Self.allowed)
    }
    return value
  }
}
