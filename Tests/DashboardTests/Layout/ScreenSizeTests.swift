import Testing

@testable import Dashboard

@Suite("Screen size")
struct ScreenSizeTests {
  @Test(
    "accepted",
    arguments: [
      ("120x40", 120, 40), ("80X24", 80, 24), ("200×60", 200, 60), ("1x1", 1, 1),
      ("1000x1000", 1_000, 1_000),
    ])
  func accepted(text: String, width: Int, height: Int) throws {
    #expect(try ScreenSize(parsing: text) == ScreenSize(width: width, height: height))
  }

  @Test(
    "refused with the reason",
    arguments: [
      ("120", "bad size '120': expected WIDTHxHEIGHT, e.g. 120x40"),
      ("axb", "bad size 'axb': expected WIDTHxHEIGHT, e.g. 120x40"),
      ("120x40x2", "bad size '120x40x2': expected WIDTHxHEIGHT, e.g. 120x40"),
      ("", "bad size '': expected WIDTHxHEIGHT, e.g. 120x40"),
      ("0x40", "bad size '0x40': width and height must be between 1 and 1000"),
      ("-5x40", "bad size '-5x40': width and height must be between 1 and 1000"),
      ("120x1001", "bad size '120x1001': width and height must be between 1 and 1000"),
      (
        "99999999999999999999x1",
        "bad size '99999999999999999999x1': expected WIDTHxHEIGHT, e.g. 120x40"
      ),
    ])
  func refused(text: String, message: String) {
    do {
      _ = try ScreenSize(parsing: text)
      Issue.record("'\(text)' was accepted")
    } catch {
      #expect(error.description == message)
    }
  }
}
