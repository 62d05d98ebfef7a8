/// The simulation's single source of randomness: xoshiro256** seeded through SplitMix64.
///
/// One generator, owned by the `Simulation`, is the only randomness in the engine, so a seed
/// fixes a whole run. xoshiro256** is fast, has a 2^256 period and passes BigCrush; SplitMix64
/// spreads a small seed (0, 1, 2 …) over the full 256-bit state, as its authors recommend.
struct RandomSource: RandomNumberGenerator {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  init(seed: UInt64) {
    var splitMix = seed
    func nextSplitMix() -> UInt64 {
      splitMix &+= 0x9E37_79B9_7F4A_7C15
      var z = splitMix
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    s0 = nextSplitMix()
    s1 = nextSplitMix()
    s2 = nextSplitMix()
    s3 = nextSplitMix()
  }

  // Always inlined: a draw is a dozen instructions, and a year makes about a million.
  @inline(__always)
  mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, by: 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotateLeft(s3, by: 45)
    return result
  }

  /// A double uniformly in [0, 1) built from the top 53 bits.
  @inline(__always)
  mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A double uniformly in (0, 1]: safe for logarithms.
  mutating func unitOpenAtZero() -> Double {
    Double((next() >> 11) + 1) * 0x1.0p-53
  }

  /// A double uniformly in `range` (inlined: a train's boxes draw three each).
  @inline(__always)
  mutating func uniform(_ range: ClosedRange<Double>) -> Double {
    range.lowerBound + (range.upperBound - range.lowerBound) * unit()
  }

  /// An integer uniformly in `range` (Lemire's method via the standard library).
  mutating func uniform(_ range: ClosedRange<Int>) -> Int {
    Int.random(in: range, using: &self)
  }

  // Always inlined: a rotation is one instruction, and every draw makes two.
  @inline(__always)
  private func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
  }
}
