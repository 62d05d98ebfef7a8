@preconcurrency import CNCursesW
import TermRender

/// The live terminal: one ncursesw screen opened with `newterm`, drawn cell by cell.
///
/// Everything curses is main-actor only: ncurses is not thread-safe, and Dispatch delivers
/// every timer and signal event on `.main`. `close()` is idempotent so that `q`, signals and
/// error paths can all call it.
@MainActor
public final class CursesScreen {
  /// The colour depth chosen at open; the dashboard picks its theme variant from it.
  public let colorDepth: ColorDepth
  /// Whether the locale's codeset is UTF-8; when false the dashboard draws ASCII glyphs.
  public let isUTF8: Bool
  /// How wide the terminal draws East Asian Ambiguous glyphs: as given, else as probed at
  /// open (`AmbiguousWidthProbe`; narrow when it cannot tell). When wide, the sink writes
  /// any ambiguous character left in a cell as its ASCII stand-in.
  public let ambiguousWidth: AmbiguousWidth
  /// True until `close()`.
  public var isOpen: Bool { session.isOpen }
  /// Where frames go, chosen at open: railtop's own encoder on ANSI terminals, ncurses'
  /// output otherwise (D21).
  public let sink: any TerminalSink

  private let screen: OpaquePointer
  private let session = CursesSession()

  /// Opens the screen on stdin/stdout, or throws why it cannot.
  ///
  /// Checks happen before anything is written, so a refused start leaves the terminal as it
  /// was: both streams must be terminals, `TERM` must name a terminfo entry (`newterm` returns
  /// nil otherwise), and the terminal must be able to address the cursor (`TERM=dumb` cannot).
  /// - Parameters:
  ///   - environment: the process environment (`TERM`, `NO_COLOR`, `COLORTERM`).
  ///   - mouse: report the left button and the wheel (`--no-mouse` turns it off, leaving the
  ///     terminal's own selection to the mouse).
  ///   - ambiguous: how wide ambiguous glyphs are drawn (`--ambiguous`); nil probes the
  ///     terminal, in UTF-8 (outside it every glyph is ASCII and the width does not matter).
  public init(
    environment: [String: String], mouse: Bool = true, ambiguous: AmbiguousWidth? = nil
  ) throws(TerminalError) {
    guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "stdin") }
    guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "stdout") }
    setlocale(LC_ALL, "")
    isUTF8 = Self.localeIsUTF8()
    let term = environment["TERM"].flatMap { $0.isEmpty ? nil : $0 }
    CrashRestore.saveTerminalModes()
    // Before newterm: the probe prints on the normal screen and reads the replies itself.
    var typed: [UInt8] = []
    if let ambiguous {
      ambiguousWidth = ambiguous
    } else if isUTF8, term != nil, term != "dumb" {
      let probe = AmbiguousWidthProbe.run()
      ambiguousWidth = probe.width ?? .narrow
      typed = probe.typed
    } else {
      ambiguousWidth = .narrow
    }
    guard term != nil, let screen = Self.openScreen(term: term, environment: environment) else {
      throw .unusableTerm(term: term)
    }
    guard nc_string_cap("cup") != nil else {
      endwin()
      delscreen(screen)
      throw .cannotAddressCursor(term: term ?? "")
    }
    self.screen = screen
    CrashRestore.arm(extra: mouse ? MouseDecoder.disableBytes : "")
    cbreak()
    noecho()
    nonl()
    keypad(stdscr, true)
    if mouse {
      // ncurses writes the terminal's mouse-mode sequence (terminfo `XM`, else xterm's
      // 1000) with the next update below, and turns it off again at every endwin.
      mousemask(MouseDecoder.mask, nil)
      mouseinterval(0)
    }
    nodelay(stdscr, true)
    // Keys typed during the probe, back in curses' input queue, escape sequences as their key
    // codes (`TypedKeys`); `ungetch` pushes to the front, so the last goes first.
    let keys = TypedKeys.codes(
      typed, lookup: { key_defined($0) }, arrows: (KEY_UP, KEY_DOWN, KEY_RIGHT, KEY_LEFT))
    for key in keys.reversed() { ungetch(key) }
    set_escdelay(25)  // the default 1 s would stall the main queue after every Esc
    curs_set(0)
    // No typeahead check during doupdate: ncurses would otherwise flush its output and poll
    // stdin before every changed row. Input is drained every tick anyway.
    typeahead(-1)
    // ncurses 6.4 flushes after every cursor move while the screen is still in its initial
    // state (`_endwin == ewInitial`, meant for low-level terminfo programs); one suspend and
    // resume moves it to the running state, so a frame goes out in one write instead of ~20.
    endwin()
    doupdate()
    colorDepth = Self.startColors(environment: environment)
    sink = Self.makeSink(
      session: session, depth: colorDepth, isUTF8: isUTF8,
      narrowsAmbiguous: ambiguousWidth == .wide, environment: environment)
  }

  /// The screen size in columns and rows (already updated when `KEY_RESIZE` is read).
  public var size: (width: Int, height: Int) { session.size }

  /// Every key and resize waiting in the input queue, decoded, oldest first.
  ///
  /// Called every tick even without a key, because ncurses reports a resize (it owns
  /// SIGWINCH) as `KEY_RESIZE` in this queue.
  public func pollInput() -> [InputEvent] {
    guard isOpen else { return [] }
    var events: [InputEvent] = []
    var code: wint_t = 0
    // Bounded so that a stuck input can never keep the main queue busy.
    for _ in 0..<512 {
      let status = wget_wch(stdscr, &code)
      if status == ERR { break }
      if status == KEY_CODE_YES, Int32(bitPattern: UInt32(code)) == KEY_MOUSE {
        var report = MEVENT()
        if getmouse(&report) == OK,
          let event = MouseDecoder.decode(state: report.bstate, x: report.x, y: report.y)
        {
          events.append(event)
        }
        continue
      }
      let kind: KeyDecoder.Kind = status == KEY_CODE_YES ? .functionKey : .character
      if let event = KeyDecoder.decode(kind: kind, code: UInt32(code), size: size) {
        events.append(event)
      }
    }
    return events
  }

  /// Leaves curses: normal screen, cooked mode, visible cursor. Safe to call more than once.
  public func close() {
    guard isOpen else { return }
    session.close()
    curs_set(1)
    endwin()
    delscreen(screen)
    CrashRestore.disarm()
    fflush(stdout)
  }

  private static func localeIsUTF8() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }

  /// `newterm` on the direct-colour variant of `TERM` when 24-bit colour is asked for and its
  /// entry is installed, else on `TERM` itself (nil when that is unknown: nothing is written).
  private static func openScreen(term: String?, environment: [String: String]) -> OpaquePointer? {
    if let direct = DirectColorTerm.candidate(term: term, environment: environment),
      let screen = newterm(direct, stdout, stdin)
    {
      return screen
    }
    return newterm(nil, stdout, stdin)
  }

  private static func startColors(environment: [String: String]) -> ColorDepth {
    let hasColors = has_colors()
    let wanted = ColorDepth.detect(
      environment: environment, hasColors: hasColors, colors: 256, directColorFlag: false)
    // NO_COLOR or a colourless terminal: never call start_color, so nothing is coloured.
    guard wanted != .none else { return .none }
    start_color()
    use_default_colors()
    return ColorDepth.detect(
      environment: environment, hasColors: hasColors, colors: Int(nc_colors()),
      directColorFlag: tigetflag("RGB") > 0)
  }
}
