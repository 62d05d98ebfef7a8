extension Style {
  /// This style overlaid with `other`: its non-default colours win and attributes add up.
  ///
  /// Lets a span keep the row's background while setting its own foreground, and lets a
  /// selection highlight change the background without erasing status colours.
  public func patched(with other: Style) -> Style {
    Style(
      foreground: other.foreground == .default ? foreground : other.foreground,
      background: other.background == .default ? background : other.background,
      attributes: attributes.union(other.attributes))
  }
}
