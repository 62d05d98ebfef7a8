import Foundation
import Testing

@testable import Dashboard

#if canImport(Glibc)
  import Glibc
#endif

/// `FileSystem.readTextFile`, the one reader of the files railtop is given (scenario, theme,
/// settings): a regular file of at most 8 MiB of UTF-8, and a reason for anything else, given
/// without blocking or reading without end.
@Suite("Text files")
struct TextFileTests {
  static func reason(_ path: String) -> String? {
    do {
      _ = try FileSystem.readTextFile(path)
      return nil
    } catch { return error.reason }
  }

  @Test("a regular file is read, without its byte-order mark")
  func regular() throws {
    let folder = try ScratchFolder()
    let path = try folder.write("a.yaml", "\u{FEFF}name: x\n")
    #expect(try FileSystem.readTextFile(path) == "name: x\n")
  }

  @Test("what is not a regular file is refused before it is opened, saying what it is")
  func notRegular() throws {
    let folder = try ScratchFolder()
    let fifo = folder.url.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    // With no writer, open(2) on this FIFO would block forever: this returns at once.
    #expect(Self.reason(fifo) == "is not a regular file (a FIFO)")
    #expect(Self.reason(folder.url.path) == "is a directory")
    #expect(Self.reason("/dev/zero") == "is not a regular file (a character device)")
    #expect(Self.reason("/dev/urandom") == "is not a regular file (a character device)")
    #expect(Self.reason("/nonexistent/x") == "No such file or directory")
  }

  @Test("more than 8 MiB is refused saying the limit; exactly 8 MiB is read")
  func size() throws {
    let folder = try ScratchFolder()
    let limit = FileSystem.maxTextFileBytes
    #expect(limit == 8 * 1_048_576)
    let exact = try folder.write("exact", String(repeating: "a", count: limit))
    #expect(try FileSystem.readTextFile(exact).utf8.count == limit)
    let over = try folder.write("over", String(repeating: "a", count: limit + 1))
    #expect(Self.reason(over) == "is larger than 8 MiB, the most railtop reads")
  }

  @Test("bytes that are not UTF-8 are refused as such")
  func notUTF8() throws {
    let folder = try ScratchFolder()
    let path = folder.url.appendingPathComponent("latin1").path
    try Data([0x6E, 0x61, 0x6D, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: path))
    #expect(Self.reason(path) == "is not valid UTF-8 text")
  }

  @Test("--theme with a folder says it is a folder")
  func themeFolder() throws {
    let folder = try ScratchFolder()
    #expect(throws: ThemeError.unreadable(path: folder.url.path, reason: "is a directory")) {
      try ThemeCatalog.load(path: folder.url.path)
    }
  }

  @Test(
    "an unknown theme key of a megabyte is refused without a suggestion, and a near one still gets one"
  )
  func longThemeKey() throws {
    let key = String(repeating: "k", count: 1_000_000)
    #expect(ThemeParser.suggestion(for: key) == nil)
    #expect(ThemeParser.suggestion(for: "titel") == "title")
    #expect(throws: ThemeError.self) {
      try ThemeParser.theme(text: "\(key) = red\n", file: "long.theme", fallbackName: "long")
    }
  }
}
