/// How wide the terminal draws East Asian Ambiguous glyphs (`─ █ ▶ ● é Д`): one column, as
/// most terminals do, or two, as terminals set up for CJK do.
public enum AmbiguousWidth: String, Sendable, Hashable, CaseIterable {
  case narrow, wide

  /// The width a probe measured: the columns the cursor moved over one ambiguous glyph
  /// (1 or 2); nil for anything else (a wrap at the margin, a garbled reply).
  public init?(advance: Int) {
    switch advance {
    case 1: self = .narrow
    case 2: self = .wide
    default: return nil
    }
  }
}
