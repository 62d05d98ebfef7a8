import TermRender

/// Draws into a fresh `width`×`height` buffer and returns its text rows (test helper).
func draw(_ width: Int, _ height: Int, _ body: (inout Buffer, Rect) -> Void) -> [String] {
  var buffer = Buffer(width: width, height: height)
  body(&buffer, buffer.area)
  return buffer.textLines()
}
