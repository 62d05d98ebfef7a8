import Foundation
import Testing

/// docs/railtop.1 against the binary's own help (`--experimental-dump-help`, what the man page
/// is generated from): every command, option and help text is in the page, so a changed option
/// or help text fails here until `scripts/generate-man-page.sh` is run again.
@Suite("Man page")
struct ManPageTests {
  static let page: String = {
    let path = BinaryRunner.packageRoot.appendingPathComponent("docs/railtop.1").path
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }()

  /// A help text as the page has it: roff's escapes for a backslash and for each character
  /// outside ASCII (generate-manual itself would drop those; the script writes `\[uXXXX]`).
  static func roff(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      if scalar == "\\" {
        escaped += "\\e"
      } else if scalar.isASCII {
        escaped.unicodeScalars.append(scalar)
      } else {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        escaped += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      }
    }
    return escaped
  }

  /// Every command of the dump, depth first, with the texts the page must show for it.
  static func expectedTexts() throws -> [(command: String, text: String)] {
    let dump = BinaryRunner.run(["--experimental-dump-help"])
    let object = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8))
    let root = try #require((object as? [String: Any])?["command"] as? [String: Any])
    var texts: [(String, String)] = []
    func visit(_ command: [String: Any], isRoot: Bool) {
      let name = command["commandName"] as? String ?? "?"
      if !isRoot { texts.append((name, ".It Em \(name)")) }
      if let abstract = command["abstract"] as? String { texts.append((name, roff(abstract))) }
      let discussion = command["discussion"] as? String ?? ""
      for paragraph in discussion.components(separatedBy: "\n\n") where !paragraph.isEmpty {
        texts.append((name, roff(paragraph)))
      }
      for argument in command["arguments"] as? [[String: Any]] ?? [] {
        for flag in argument["names"] as? [[String: Any]] ?? [] where flag["kind"] as? String == "long" {
          texts.append((name, "Fl -\(flag["name"] as? String ?? "?")"))
        }
        if let abstract = argument["abstract"] as? String { texts.append((name, roff(abstract))) }
      }
      for subcommand in command["subcommands"] as? [[String: Any]] ?? [] {
        visit(subcommand, isRoot: false)
      }
    }
    visit(root, isRoot: true)
    return texts
  }

  @Test func pageHasEveryCommandOptionAndHelpText() throws {
    let texts = try Self.expectedTexts()
    #expect(texts.count > 40)
    let missing = texts.filter { !Self.page.contains($0.text) }
    #expect(
      missing.isEmpty,
      "docs/railtop.1 is out of date; run scripts/generate-man-page.sh. Missing: \(missing)")
  }

  @Test func pageKeepsTheCharactersOutsideASCII() {
    #expect(Self.page.contains("Zhengzhou \\[u21C4] Li\\[u00E8]ge"))
    #expect(!Self.page.contains("Lige"))
    #expect(Self.page.contains(".Sh ENVIRONMENT") && Self.page.contains("RAILTOP_THEMES"))
  }
}
