/// The look of a border line.
public enum BorderType: Hashable, Sendable {
  case none, plain, rounded, heavy, double
}

/// The eleven pieces a box or a grid is drawn from.
public struct BorderGlyphs: Hashable, Sendable {
  public var horizontal: String
  public var vertical: String
  public var topLeft: String
  public var topRight: String
  public var bottomLeft: String
  public var bottomRight: String
  /// ├ ┤ ┬ ┴ ┼: where a divider meets the frame or another divider.
  public var teeRight: String
  public var teeLeft: String
  public var teeDown: String
  public var teeUp: String
  public var cross: String

  public init(
    horizontal: String, vertical: String, topLeft: String, topRight: String,
    bottomLeft: String, bottomRight: String, teeRight: String, teeLeft: String,
    teeDown: String, teeUp: String, cross: String
  ) {
    self.horizontal = horizontal
    self.vertical = vertical
    self.topLeft = topLeft
    self.topRight = topRight
    self.bottomLeft = bottomLeft
    self.bottomRight = bottomRight
    self.teeRight = teeRight
    self.teeLeft = teeLeft
    self.teeDown = teeDown
    self.teeUp = teeUp
    self.cross = cross
  }

  /// Builds a set from a string of the eleven pieces in the order ─│┌┐└┘├┤┬┴┼.
  init(_ pieces: String) {
    let p = pieces.map(String.init)
    self.init(
      horizontal: p[0], vertical: p[1], topLeft: p[2], topRight: p[3],
      bottomLeft: p[4], bottomRight: p[5], teeRight: p[6], teeLeft: p[7],
      teeDown: p[8], teeUp: p[9], cross: p[10])
  }

  public static let plain = BorderGlyphs("─│┌┐└┘├┤┬┴┼")
  public static let rounded = BorderGlyphs("─│╭╮╰╯├┤┬┴┼")
  public static let heavy = BorderGlyphs("━┃┏┓┗┛┣┫┳┻╋")
  public static let double = BorderGlyphs("═║╔╗╚╝╠╣╦╩╬")
  public static let ascii = BorderGlyphs("-|++++++++++")
}
