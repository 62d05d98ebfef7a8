/// Splits a `Rect` into parts along one axis by constraints, with spacing between them.
///
/// Rounding is deterministic (floor, then leftover cells handed out by largest remainder,
/// earlier parts winning ties). Too-small areas shrink parts, never below zero cells, and every
/// part stays inside the area. Unclaimed space (no `fill`/`min` part) stays at the end.
public struct Layout: Hashable, Sendable {
  public var direction: LayoutDirection
  public var constraints: [Constraint]
  /// Cells left empty between neighbouring parts.
  public var spacing: Int

  public init(_ direction: LayoutDirection, _ constraints: [Constraint], spacing: Int = 0) {
    self.direction = direction
    self.constraints = constraints
    self.spacing = Swift.max(0, spacing)
  }

  /// A layout that stacks parts top to bottom.
  public static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
    Layout(.vertical, constraints, spacing: spacing)
  }

  /// A layout that places parts left to right.
  public static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
    Layout(.horizontal, constraints, spacing: spacing)
  }

  /// One rect per constraint, in order.
  public func split(_ area: Rect) -> [Rect] {
    let total = direction == .vertical ? area.height : area.width
    let origin = direction == .vertical ? area.y : area.x
    let sizes = Layout.sizes(for: constraints, total: total, spacing: spacing)
    var rects: [Rect] = []
    rects.reserveCapacity(sizes.count)
    var pos = origin
    let end = origin + total
    for (i, size) in sizes.enumerated() {
      let start = Swift.min(pos, end)
      let length = Swift.min(size, end - start)
      switch direction {
      case .vertical:
        rects.append(Rect(x: area.x, y: start, width: area.width, height: length))
      case .horizontal:
        rects.append(Rect(x: start, y: area.y, width: length, height: area.height))
      }
      pos = start + length + (i < sizes.count - 1 ? spacing : 0)
    }
    return rects
  }

  /// The cell count of each part when `total` cells are split (pure; the heart of `split`).
  public static func sizes(for constraints: [Constraint], total: Int, spacing: Int) -> [Int] {
    let n = constraints.count
    guard n > 0 else { return [] }
    let total = Swift.max(0, total)
    let gaps = Swift.min(Swift.max(0, spacing) * (n - 1), total)
    let available = total - gaps
    var sizes = constraints.map { base(of: $0, available: available) }
    let used = sizes.reduce(0, +)
    if used > available {
      shrink(&sizes, constraints: constraints, by: used - available)
    } else if used < available {
      grow(&sizes, constraints: constraints, by: available - used)
    }
    return sizes
  }

  private static func base(of constraint: Constraint, available: Int) -> Int {
    switch constraint {
    case .length(let n): return Swift.max(0, n)
    case .percentage(let p): return available * Swift.min(100, Swift.max(0, p)) / 100
    case .min(let n): return Swift.max(0, n)
    case .ratio(let num, let den):
      guard den > 0, num > 0 else { return 0 }
      return available * Swift.min(num, den) / den
    case .fill: return 0
    }
  }

  /// Takes cells back when the parts ask for more than there is: proportional parts first,
  /// then minimums, then fixed lengths, each group from the last part to the first.
  private static func shrink(_ sizes: inout [Int], constraints: [Constraint], by excess: Int) {
    var excess = excess
    let groups: [(Constraint) -> Bool] = [
      {
        if case .percentage = $0 { return true }
        if case .ratio = $0 { return true }
        return false
      },
      {
        if case .min = $0 { return true }
        return false
      },
      {
        if case .length = $0 { return true }
        return false
      },
    ]
    for inGroup in groups {
      for i in sizes.indices.reversed() where excess > 0 && inGroup(constraints[i]) {
        let take = Swift.min(sizes[i], excess)
        sizes[i] -= take
        excess -= take
      }
    }
  }

  /// Hands leftover cells to `fill` and `min` parts by weight (largest remainder).
  private static func grow(_ sizes: inout [Int], constraints: [Constraint], by extra: Int) {
    let weights = constraints.map { c -> Int in
      switch c {
      case .fill(let w): return Swift.max(0, w)
      case .min: return 1
      default: return 0
      }
    }
    let totalWeight = weights.reduce(0, +)
    guard totalWeight > 0 else { return }
    var given = 0
    var remainders: [(index: Int, remainder: Int)] = []
    for i in sizes.indices where weights[i] > 0 {
      let share = extra * weights[i]
      sizes[i] += share / totalWeight
      given += share / totalWeight
      remainders.append((i, share % totalWeight))
    }
    remainders.sort {
      $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index
    }
    for r in remainders.prefix(extra - given) { sizes[r.index] += 1 }
  }
}
