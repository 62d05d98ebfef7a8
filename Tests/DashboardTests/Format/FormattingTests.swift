import Testing

@testable import Dashboard

@Suite("Formatting")
struct FormattingTests {
  @Test(
    "durations",
    arguments: [
      (0, "0m"), (59, "0m"), (60, "1m"), (3_599, "59m"), (3_600, "1h 00m"),
      (19_200, "5h 20m"), (86_400, "1d 00h"), (273_600, "3d 04h"), (-50, "0m"),
    ] as [(Int64, String)])
  func duration(seconds: Int64, expected: String) {
    #expect(Formatting.duration(seconds) == expected)
  }

  @Test(
    "delays",
    arguments: [
      (0, "0m"), (108_000, "+1d 06h"), (-14_400, "-4h 00m"), (.min, "-106751991167300d 15h"),
    ] as [(Int64, String)])
  func delay(seconds: Int64, expected: String) {
    #expect(Formatting.delay(seconds) == expected)
  }

  @Test(
    "counts",
    arguments: [
      (0, "0"), (999, "999"), (1_000, "1,000"), (12_480, "12,480"), (1_234_567, "1,234,567"),
      (-1_500, "-1,500"),
    ])
  func count(n: Int, expected: String) {
    #expect(Formatting.count(n) == expected)
  }

  @Test(
    "money",
    arguments: [
      (0.0, "$0"), (950.4, "$950"), (12_400, "$12.4k"), (7_400_000, "$7.4M"), (1.2e9, "$1.2B"),
      (-5, "$0"), (Double.nan, "$0"),
    ])
  func money(usd: Double, expected: String) {
    #expect(Formatting.money(usd) == expected)
  }

  @Test(
    "percent and decimals",
    arguments: [
      (0.0, "0%"), (0.424, "42%"), (1.0, "100%"), (1.7, "100%"), (-1, "0%"), (.infinity, "0%"),
    ])
  func percent(ratio: Double, expected: String) {
    #expect(Formatting.percent(ratio: ratio) == expected)
  }

  @Test("one decimal", arguments: [(17.44, "17.4"), (0.05, "0.1"), (-2.25, "-2.3"), (3, "3.0")])
  func decimal(value: Double, expected: String) {
    #expect(Formatting.oneDecimal(value) == expected)
  }

  @Test(
    "base names drop the parenthetical and the alternative after ` / `",
    arguments: [
      ("Brest (Brest-Severny / Brest-Vostochny)", "Brest"), ("Liège Airport", "Liège Airport"),
      ("Krasnoye / Osinovka (RU-BY border)", "Krasnoye"), ("A/B", "A/B"), (" / B", " / B"),
      ("  Hamm \t", "Hamm"), ("(odd)", "(odd)"), ("   ", "   "), ("", ""), ("A /", "A /"),
      ("郑州 / Zhengzhou", "郑州"), ("Małaszewicze (PL)", "Małaszewicze"),
    ])
  func base(name: String, expected: String) {
    #expect(StationNames.base(name) == expected)
  }

  @Test(
    "figures right-aligned by display width",
    arguments: [
      ("7", 3, "  7"), ("1,234", 3, "1,234"), ("–", 4, "   –"), ("98%", 4, " 98%"), ("", 2, "  "),
    ])
  func rightAligned(text: String, width: Int, expected: String) {
    #expect(Formatting.rightAligned(text, width: width) == expected)
  }
}
