/// How much of a split one part asks for.
///
/// Fixed parts (`length`, `percentage`, `ratio`) are sized first; the space left over goes to
/// `fill` and `min` parts by weight, so a layout never depends on the order it is computed in.
public enum Constraint: Hashable, Sendable {
  /// Exactly this many cells (less only when the area is too small).
  case length(Int)
  /// This percentage (0...100) of the space left after spacing, rounded down.
  case percentage(Int)
  /// At least this many cells, growing like `fill(1)` when there is room.
  case min(Int)
  /// `numerator / denominator` of the space left after spacing, rounded down.
  case ratio(Int, Int)
  /// A share of the leftover space proportional to the weight (weights ≤ 0 get nothing).
  case fill(Int)
}

/// The axis along which a `Layout` cuts an area.
public enum LayoutDirection: Hashable, Sendable {
  /// Parts are stacked top to bottom (rows).
  case vertical
  /// Parts are placed left to right (columns).
  case horizontal
}
