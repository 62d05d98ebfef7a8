import TermRender

/// The kiosk's big figures: one function, so every view draws its KPIs the same way.
public enum KioskFigures {
  /// Draws `text` (a figure such as `1,284`) centred in `area` in the biggest rung of the
  /// big-digit ladder that fits (`BigText.fit`: block digits down to plain text), in bold
  /// `style`; `unicode` says whether half-block glyphs may be used.
  public static func draw(
    _ text: String, into buffer: inout Buffer, area: Rect, style: Style, unicode: Bool
  ) {
    guard !area.isEmpty else { return }
    let font = BigText.fit(text, width: area.width, height: area.height, unicode: unicode)
    let size = BigText.size(of: text, font: font)
    let width = min(area.width, size.width)
    let height = min(area.height, size.height)
    BigText.draw(
      text, font: font, into: &buffer, x: area.x + (area.width - width) / 2,
      y: area.y + (area.height - height) / 2, style: style.adding(.bold), unicode: unicode)
  }
}
