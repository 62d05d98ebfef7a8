// libFuzzer target: theme file text → `ThemeParser.theme` (lines, keys, colours, attributes,
// resolution over the default). Built and run by scripts/fuzz.sh; not part of the package.
import Dashboard

/// One input: a trap, a hang or an error without the file's name is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func themeParserFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  // railtop refuses a theme file that is not UTF-8 before the parser sees it.
  guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  else { return 0 }
  do {
    _ = try ThemeParser.theme(text: text, file: "fuzz.theme", fallbackName: "fuzz")
  } catch {
    guard error.description.hasPrefix("fuzz.theme:") else {
      fatalError("message does not start with the file name: \(error.description)")
    }
  }
  return 0
}
