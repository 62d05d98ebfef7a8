#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process environment as a dictionary, read from the C library's `environ`.
///
/// `ProcessInfo.processInfo.environment` gave the same, but was the live path's only use of
/// Foundation besides the file calls (docs/DECISIONS.md D24).
enum ProcessEnvironment {
  /// Every `NAME=value` entry; a name given twice keeps its last value, as `ProcessInfo` did.
  static func current() -> [String: String] {
    var result: [String: String] = [:]
    // A process always starts with an `environ` array (empty at worst); railtop never clears it.
    #if canImport(Darwin)
      let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = _NSGetEnviron().pointee
    #else
      let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
    #endif
    guard let entries = table else { return result }
    var index = 0
    while let entry = entries[index] {
      index += 1
      let text = String(cString: entry)
      guard let equals = text.firstIndex(of: "=") else { continue }
      result[String(text[..<equals])] = String(text[text.index(after: equals)...])
    }
    return result
  }
}
