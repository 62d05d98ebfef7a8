/// The themes `t` cycles through, loaded once at start-up, current one first.
///
/// Loading up front keeps the reducer pure (no file I/O on a key press). A file that failed
/// to load stays in the ring as a failure, so cycling past it can say why it was skipped.
public struct ThemeRing: Sendable, Hashable {
  /// One theme of the ring: loaded, or the reason it could not be.
  public enum Entry: Sendable, Hashable {
    case loaded(Theme)
    case failed(name: String, error: ThemeError)
  }

  public private(set) var entries: [Entry]
  /// Index of the current entry; always a `.loaded` one.
  public private(set) var index: Int
  /// Why the screen shows no colour whatever the theme (`NO_COLOR`, or a terminal without
  /// colours); nil when colours are shown. The header then names what is drawn, and `t` says
  /// why it changes nothing.
  public private(set) var colourlessBecause: String?

  /// What the header shows: `theme wallonia`, or `monochrome (NO_COLOR)` when colours are off.
  public var shownName: String {
    colourlessBecause.map { "monochrome (\($0))" } ?? "theme \(current.name)"
  }

  /// A ring of one theme (tests, snapshots).
  public init(_ theme: Theme) {
    self.entries = [.loaded(theme)]
    self.index = 0
  }

  /// A ring of one theme drawn without colour, because of `reason` (`NO_COLOR`).
  public init(colourless theme: Theme, because reason: String) {
    self.init(theme)
    colourlessBecause = reason
  }

  /// `current` first, then `others` (entries named like `current` are dropped).
  public init(current: Theme, others: [Entry]) {
    self.entries = [.loaded(current)] + others.filter { $0.name != current.name }
    self.index = 0
  }

  /// The theme to draw with.
  public var current: Theme {
    if case .loaded(let theme) = entries[index] { return theme }
    return .compiledDefault
  }

  /// Moves to the next theme that loaded; returns the status-line message (the new theme's
  /// name, plus the reason for every broken theme skipped on the way).
  @discardableResult
  public mutating func advance() -> String {
    if let reason = colourlessBecause {
      return "monochrome: \(reason) turns colours off, so t has no theme to switch to"
    }
    var skipped: [String] = []
    for step in 1...max(1, entries.count) {
      let candidate = (index + step) % entries.count
      switch entries[candidate] {
      case .loaded(let theme):
        index = candidate
        let note = skipped.isEmpty ? "" : " — skipped " + skipped.joined(separator: "; ")
        return "theme: \(theme.name)\(note)"
      case .failed(let name, let error):
        skipped.append("'\(name)': \(error)")
      }
    }
    return "theme: \(current.name)"
  }

  /// Loads every theme the catalog knows, `initial` first. With `noColor`, only `initial`,
  /// drawn without colour because of `reason`.
  public static func load(
    catalog: ThemeCatalog, initial: Theme, noColor: Bool, reason: String = "NO_COLOR"
  ) -> ThemeRing {
    if noColor { return ThemeRing(colourless: initial, because: reason) }
    let others: [Entry] = catalog.availableNames().map { name in
      do throws(ThemeError) {
        return .loaded(try catalog.load(name))
      } catch {
        return .failed(name: name, error: error)
      }
    }
    return ThemeRing(current: initial, others: others)
  }
}

extension ThemeRing.Entry {
  /// The theme's name (loaded) or the name it was asked for (failed).
  public var name: String {
    switch self {
    case .loaded(let theme): theme.name
    case .failed(let name, _): name
    }
  }
}

extension ThemeCatalog {
  /// The theme to start with: `--theme` if given (errors propagate: the caller exits 2),
  /// else monochrome when `NO_COLOR` is set and non-empty, else `default`.
  ///
  /// Without `--theme`, a broken or missing file never stops the dashboard: the compiled-in
  /// default is used instead. An explicit `--theme` wins over `NO_COLOR` (no-color.org).
  public func initialTheme(argument: String?, environment: [String: String]) throws(ThemeError)
    -> Theme
  {
    if let argument { return try load(argument) }
    let wantsMono = !(environment["NO_COLOR"] ?? "").isEmpty
    let name = wantsMono ? "monochrome" : "default"
    return (try? load(name)) ?? .compiledDefault
  }
}
