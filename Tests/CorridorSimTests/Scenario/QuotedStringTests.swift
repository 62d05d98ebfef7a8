import Foundation
import Testing

@testable import CorridorSim

@Suite("Quoted strings")
struct QuotedStringTests {
  @Test(arguments: [
    ("plain", #""plain""#),
    ("Xi'an – 郑州", #""Xi'an – 郑州""#),
    ("say \"hi\" \\ now", #""say \"hi\" \\ now""#),
    ("a\nb\tc\r\u{1}", #""a\nb\tc\r\u0001""#),
  ])
  func escapesForJSONAndYAML(text: String, expected: String) throws {
    let quoted = QuotedString.quoted(text)
    #expect(quoted == expected)
    let fromJSON =
      try JSONSerialization.jsonObject(
        with: Data("[\(quoted)]".utf8)) as? [String]
    #expect(fromJSON == [text])
  }
}
