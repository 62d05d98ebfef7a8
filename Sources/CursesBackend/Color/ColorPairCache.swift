/// A foreground/background pair of curses colour numbers (-1 is the terminal default).
public struct ColorPairKey: Hashable, Sendable {
  public var foreground: Int32
  public var background: Int32
  public init(foreground: Int32, background: Int32) {
    self.foreground = foreground
    self.background = background
  }
}

/// Assigns curses colour-pair numbers to (fg, bg) combinations, bounded by `COLOR_PAIRS`.
///
/// Pure bookkeeping: the backend calls `init_extended_pair` only for `.assigned` lookups and
/// reports failures back with `markFailed`, so a pair that curses refused is never used again
/// (a refused pair would otherwise draw black on black: invisible text). When the table is
/// full, or a pair failed, lookups answer `.fallback`: pair 0, the terminal's default colours,
/// which are always readable. Pairs are never redefined, because redefining a pair recolours
/// every cell already on screen that uses it.
public struct ColorPairCache: Sendable {
  /// What to draw a key with.
  public enum Lookup: Hashable, Sendable {
    /// A pair defined earlier.
    case existing(Int32)
    /// A new pair number; the caller must define it (and call `markFailed` if that fails).
    case assigned(Int32)
    /// Use pair 0 (default colours): the table is full or the pair could not be defined.
    case fallback
  }

  /// The highest usable pair number plus one (curses' `COLOR_PAIRS`).
  public let capacity: Int32
  private var pairs: [ColorPairKey: Int32] = [:]
  private var refused: Set<ColorPairKey> = []
  private var nextPair: Int32 = 1

  /// - Parameter capacity: curses' `COLOR_PAIRS`; pair 0 is reserved for the defaults.
  public init(capacity: Int32) {
    self.capacity = max(1, capacity)
  }

  /// Pairs defined so far.
  public var count: Int { pairs.count }

  /// The pair for `key`, assigning the next free number when there is one.
  /// - Complexity: O(1) amortised.
  public mutating func lookup(_ key: ColorPairKey) -> Lookup {
    if key.foreground == -1 && key.background == -1 { return .existing(0) }
    if let pair = pairs[key] { return .existing(pair) }
    if refused.contains(key) || nextPair >= capacity { return .fallback }
    let pair = nextPair
    nextPair += 1
    pairs[key] = pair
    return .assigned(pair)
  }

  /// Records that curses refused to define the pair for `key`; later lookups fall back.
  public mutating func markFailed(_ key: ColorPairKey) {
    pairs[key] = nil
    refused.insert(key)
  }
}
