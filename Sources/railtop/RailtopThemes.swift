import Dashboard

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The theme catalog of the two commands that draw (`dashboard`, `snapshot`).
///
/// The dashboard's own search (`$RAILTOP_THEMES`, then a `themes/` folder above the binary)
/// finds the repository's themes from a `swift build` binary. An installed binary has its
/// themes where `scripts/install.sh` put them, `PREFIX/share/railtop/themes` beside
/// `PREFIX/bin/railtop`, which that search never reaches; it comes last, when it exists (a
/// folder that is not there would only lengthen the "theme not found" message).
enum RailtopThemes {
  static func catalog(environment: [String: String]) -> ThemeCatalog {
    let executable = ThemeCatalog.currentExecutablePath()
    var catalog = ThemeCatalog.standard(environment: environment, executablePath: executable)
    if let executable, let installed = installedFolder(forExecutable: executable),
      !catalog.searchFolders.contains(installed)
    {
      catalog.searchFolders.append(installed)
    }
    return catalog
  }

  /// `PREFIX/share/railtop/themes` for `PREFIX/bin/railtop`, if that folder exists.
  static func installedFolder(forExecutable path: String) -> String? {
    let components = path.split(separator: "/")
    guard components.count >= 2 else { return nil }
    let prefix = components.dropLast(2).joined(separator: "/")
    let root = path.hasPrefix("/") ? "/" : ""
    let folder = root + (prefix.isEmpty ? "" : prefix + "/") + "share/railtop/themes"
    var info = stat()
    guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
    return folder
  }
}
