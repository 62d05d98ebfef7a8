import TermRender

/// How the kiosk draws one KPI figure in the box it was given: the only place that knows, so
/// the big-digit widget can take over here alone.
public enum KioskFigures {
  /// Draws `text` (a figure such as `1,284`) centred in `area`, in bold `style`. Plain text for
  /// now; `unicode` says whether block glyphs may be used.
  public static func draw(
    _ text: String, into buffer: inout Buffer, area: Rect, style: Style, unicode: Bool
  ) {
    _ = unicode
    guard !area.isEmpty else { return }
    let width = min(area.width, text.displayWidth)
    let x = area.x + (area.width - width) / 2
    let y = area.y + (area.height - 1) / 2
    buffer.put(text, x: x, y: y, style: style.adding(.bold), maxWidth: area.width)
  }
}
