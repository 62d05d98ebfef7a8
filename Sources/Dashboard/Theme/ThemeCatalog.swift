/// Finds themes by name or path: search folders first, then the copies built into the binary.
///
/// A built binary finds the repository's `themes/` by walking up from its own location
/// (`.build/debug/railtop` → the package root); `$RAILTOP_THEMES` (colon-separated folders)
/// comes first so users can add their own. The six shipped themes are also embedded
/// (`EmbeddedThemes`), so a binary copied elsewhere still has them.
public struct ThemeCatalog: Sendable, Hashable {
  /// Theme file extension.
  public static let fileExtension = "theme"

  /// Folders searched for `NAME.theme`, in order.
  public var searchFolders: [String]

  public init(searchFolders: [String]) {
    self.searchFolders = searchFolders
  }

  /// `$RAILTOP_THEMES` folders, then the first `themes/` folder found walking up from the
  /// executable's directory.
  public static func standard(environment: [String: String], executablePath: String?)
    -> ThemeCatalog
  {
    var folders: [String] = []
    if let extra = environment["RAILTOP_THEMES"] {
      folders += extra.split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }
    if let executablePath, let found = themesFolder(above: executablePath) {
      folders.append(found)
    }
    return ThemeCatalog(searchFolders: folders)
  }

  /// The running executable's path (`/proc/self/exe` on Linux), so a binary started through
  /// `$PATH` or a symlink still finds the `themes/` above its real location.
  public static func currentExecutablePath() -> String? {
    FileSystem.executablePath() ?? CommandLine.arguments.first
  }

  /// The nearest `themes/` folder in an ancestor of `path` (at most 8 levels up).
  static func themesFolder(above path: String) -> String? {
    var folder = FileSystem.Path.parent(FileSystem.resolvingSymlinks(path))
    for _ in 0..<8 {
      let candidate = FileSystem.Path.appending("themes", to: folder)
      if FileSystem.isDirectory(candidate) { return candidate }
      let parent = FileSystem.Path.parent(folder)
      if parent == folder { break }
      folder = parent
    }
    return nil
  }

  /// True when `argument` names a file rather than a theme: it has a `/` or the extension.
  public static func isPath(_ argument: String) -> Bool {
    // A Character, not a string: Foundation, visible here through Yams, would otherwise win
    // `contains` and start CoreFoundation on the live path (docs/DECISIONS.md D24).
    argument.contains(Character("/")) || argument.hasSuffix(".\(fileExtension)")
  }

  /// Loads `NAME` (search folders, then built in) or `PATH`.
  public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
    if Self.isPath(nameOrPath) {
      return try Self.load(path: nameOrPath)
    }
    for folder in searchFolders {
      let path = FileSystem.Path.appending("\(nameOrPath).\(Self.fileExtension)", to: folder)
      if FileSystem.exists(path) {
        return try Self.load(path: path)
      }
    }
    if let text = EmbeddedThemes.text(named: nameOrPath) {
      return try ThemeParser.theme(
        text: text, file: "<built-in \(nameOrPath).theme>", fallbackName: nameOrPath)
    }
    throw .notFound(name: nameOrPath, searched: searchFolders, available: availableNames())
  }

  /// Reads and parses one file; the theme's name defaults to the file's base name.
  public static func load(path: String) throws(ThemeError) -> Theme {
    let text: String
    do { text = try FileSystem.readTextFile(path) } catch {
      throw .unreadable(path: path, reason: error.reason)
    }
    let base = FileSystem.Path.deletingExtension(FileSystem.Path.lastComponent(path))
    return try ThemeParser.theme(text: text, file: path, fallbackName: base)
  }

  /// Every theme name available: the shipped ones in their order, then extra files found in
  /// the search folders, alphabetically.
  public func availableNames() -> [String] {
    var names = EmbeddedThemes.names
    var extra: Set<String> = []
    for folder in searchFolders {
      let files = FileSystem.contentsOfDirectory(folder) ?? []
      for file in files where file.hasSuffix(".\(Self.fileExtension)") {
        let name = FileSystem.Path.deletingExtension(file)
        if !names.contains(name) { extra.insert(name) }
      }
    }
    names += extra.sorted()
    return names
  }
}
