@preconcurrency import CNCursesW
import TermRender

extension CursesScreen {
  /// The sink for this terminal: railtop's own encoder when the entry speaks ANSI
  /// (`ANSIDialect.probe`), ncurses' output otherwise. `RAILTOP_OUTPUT=curses` forces
  /// ncurses' output, to compare the two or to work around a terminal the probe misjudges.
  /// `narrowsAmbiguous`: the terminal draws ambiguous glyphs wide, so both write those as
  /// ASCII.
  static func makeSink(
    session: CursesSession, depth: ColorDepth, isUTF8: Bool, narrowsAmbiguous: Bool,
    environment: [String: String]
  ) -> any TerminalSink {
    guard environment["RAILTOP_OUTPUT"] != "curses",
      let encoder = makeEncoder(depth: depth, isUTF8: isUTF8, narrowsAmbiguous: narrowsAmbiguous)
    else {
      let cells = CursesCellWriter(
        colorDepth: depth, isUTF8: isUTF8, narrowsAmbiguous: narrowsAmbiguous)
      return CursesSink(session: session, cells: cells)
    }
    return ANSISink(session: session, encoder: encoder)
  }

  /// The encoder for this terminal, or nil when its entry does not speak ANSI.
  private static func makeEncoder(
    depth: ColorDepth, isUTF8: Bool, narrowsAmbiguous: Bool
  ) -> FrameEncoder? {
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
      depth: depth, isUTF8: isUTF8, narrowsAmbiguous: narrowsAmbiguous,
      attributes: found.attributes,
      skipsBottomRight: found.skipsBottomRight, clearScreen: found.clearScreen,
      reset: found.reset)
  }
}
