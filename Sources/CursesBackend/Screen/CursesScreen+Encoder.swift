@preconcurrency import CNCursesW
import TermRender

extension CursesScreen {
  /// The encoder for this terminal, or nil to leave output to ncurses: the entry must speak
  /// ANSI (`ANSIDialect.probe`). `RAILTOP_OUTPUT=curses` forces ncurses' own output, to
  /// compare the two or to work around a terminal the probe misjudges.
  static func makeEncoder(
    depth: ColorDepth, isUTF8: Bool, environment: [String: String]
  ) -> FrameEncoder? {
    guard environment["RAILTOP_OUTPUT"] != "curses" else { return nil }
    let terminfo = ANSIDialect.Terminfo(
      string: { name in nc_string_cap(name).map { String(cString: $0) } },
      flag: { name in tigetflag(name) > 0 },
      expand1: { name, a in
        nc_string_cap(name).flatMap { nc_tiparm1($0, a) }.map { String(cString: $0) }
      },
      expand2: { name, a, b in
        nc_string_cap(name).flatMap { nc_tiparm2($0, a, b) }.map { String(cString: $0) }
      })
    guard let found = ANSIDialect.probe(terminfo, depth: depth) else { return nil }
    return FrameEncoder(
      depth: depth, isUTF8: isUTF8, attributes: found.attributes,
      skipsBottomRight: found.skipsBottomRight, clearScreen: found.clearScreen,
      reset: found.reset)
  }
}
