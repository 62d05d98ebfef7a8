#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few file-system calls railtop makes (theme lookup, scenario files), on the C library.
///
/// `FileManager`, `Bundle` and `String(contentsOfFile:)` did this before, and they were the
/// only reason the live dashboard touched Foundation: a copy of it and CoreFoundation kept
/// megabytes resident for three `stat`s and a directory listing (docs/DECISIONS.md D24).
/// Paths stay plain strings, as everywhere else in railtop.
public enum FileSystem {
  /// Why a file could not be had: the C library's `errno`, or railtop's own refusal (not a
  /// regular file, too large, not UTF-8), so each caller words its message as it always has.
  public struct Failure: Error, Sendable, Hashable {
    /// The `errno` value; 0 when railtop refused the file itself.
    public let code: Int32
    private let refusal: String?

    init(code: Int32) {
      self.code = code
      refusal = nil
    }

    init(refusal: String) {
      code = 0
      self.refusal = refusal
    }

    /// What is wrong, to follow the path in a message: the C library's text for `code` ("No
    /// such file or directory", …) or the refusal ("is a directory", …).
    public var reason: String { refusal ?? String(cString: strerror(code)) }
  }

  /// True when something is at `path`, following symbolic links (a dangling link is nothing).
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// True when `path` is a folder, or a link to one.
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The names in the folder at `path` (without `.` and `..`, in no particular order), or nil
  /// when it cannot be listed.
  static func contentsOfDirectory(_ path: String) -> [String]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// `path` with every symbolic link resolved and made absolute (`realpath`); when that fails
  /// (the path does not exist), `path` made absolute against the working directory.
  static func resolvingSymlinks(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    guard !path.hasPrefix("/"), let cwd = getcwd(nil, 0) else { return path }
    defer { free(cwd) }
    return Path.appending(path, to: String(cString: cwd))
  }

  /// The running executable's real path, so a binary started through `$PATH` or a symlink
  /// still finds the `themes/` beside its real location; nil when the system will not say.
  static func executablePath() -> String? {
    #if os(Linux)
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
      guard count > 0 else { return nil }
      return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    #elseif canImport(Darwin)
      var size: UInt32 = 0
      _ = _NSGetExecutablePath(nil, &size)
      var buffer = [CChar](repeating: 0, count: Int(size) + 1)
      guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
      return String(cString: buffer)
    #else
      return nil
    #endif
  }

  /// The lexical path operations `NSString` offered, for the cases railtop has.
  enum Path {
    /// `folder/name`, with one slash between them (`NSString.appendingPathComponent`).
    static func appending(_ name: String, to folder: String) -> String {
      if folder.isEmpty { return name }
      return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The part after the last slash, trailing slashes ignored (`lastPathComponent`).
    static func lastComponent(_ path: String) -> String {
      var trimmed = Substring(path)
      while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
      if trimmed == "/" { return "/" }
      return String(trimmed.split(separator: "/", omittingEmptySubsequences: true).last ?? "")
    }

    /// `name` without its last `.extension`; a name that only starts with a dot keeps it
    /// (`deletingPathExtension`).
    static func deletingExtension(_ name: String) -> String {
      guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
      return String(name[..<dot])
    }

    /// The folder that holds `path`; `/` for `/` and its children (`deletingLastPathComponent`).
    static func parent(_ path: String) -> String {
      guard let slash = path.lastIndex(of: "/") else { return "" }
      return slash == path.startIndex ? "/" : String(path[..<slash])
    }
  }
}
