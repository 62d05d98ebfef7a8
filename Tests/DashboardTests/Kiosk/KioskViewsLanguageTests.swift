import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The kiosk's trains, cargo and journey views in the kiosk's language: the trains table's
/// name, counts, column headings and statuses, the cargo view's headings and chart labels, and
/// the journey's status, unit and clock. The dashboard draws the same panes in English.
@Suite("Kiosk views in the kiosk's language")
struct KioskViewsLanguageTests {
  static func text(_ view: View, _ language: Language, width: Int = 160, height: Int = 45)
    -> String
  {
    var state = AppState(
      screen: ScreenSize(width: width, height: height),
      kiosk: KioskSettings(translations: Translations.load(language)))
    reduce(&state, .clock(1))
    while state.view != view {
      reduce(&state, .clock((state.kiosk?.shownAtNanos ?? 0) + 20_000_000_000))
    }
    return DashboardFrame.render(
      snapshot: KioskFrameTests.snapshot, state: state, width: width, height: height
    ).plainText()
  }

  /// The statuses of the snapshot's trains, in `texts`' words.
  static func statuses(_ texts: Translations) -> Set<String> {
    Set(KioskFrameTests.snapshot.trains.map { texts[Caption.status($0.status)] })
  }

  @Test("the trains view's name, counts, headings and statuses", arguments: Language.allCases)
  func trains(language: Language) {
    let texts = Translations.load(language)
    let text = Self.text(.kioskTrains, language)
    #expect(text.contains(texts[.trainsTitle] + " · "), "\(language)")
    let inTransit = KioskFrameTests.snapshot.trains.filter {
      $0.status != .loading && $0.status != .arrived
    }.count
    let loading = KioskFrameTests.snapshot.trains.filter { $0.status == .loading }.count
    let counts =
      texts.text(.trainsInTransit, filling: ["{count}": "\(inTransit)"])
      + (loading > 0
        ? texts[.trainsSeparator] + texts.text(.trainsLoading, filling: ["{count}": "\(loading)"])
        : "")
    #expect(text.contains(counts), "\(language): no \(counts)")
    for column in [TrainsTablePane.Column.id, .status, .location, .eta, .delay] {
      #expect(text.contains(texts[Caption.heading(of: column)]), "\(language) \(column)")
    }
    let west = TrainText.direction(.westbound, .unicode, texts: texts)
    #expect(text.contains(west), "\(language): no \(west)")
    let shown = Self.statuses(texts).filter { text.contains($0) }
    #expect(!shown.isEmpty, "\(language): no status of \(Self.statuses(texts)) shown")
  }

  /// A kiosk's keys never sort or filter the table, so its title does not say how it is sorted.
  @Test("the kiosk's trains title has no sort or filter; the dashboard's has both")
  func noControlsOnKiosk() {
    let kiosk = Self.text(.kioskTrains, .en)
    #expect(!kiosk.contains("sort ID") && !kiosk.contains("filter all"))
    #expect(!kiosk.contains("ID▲"))
    let dashboard = DashboardFrame.render(
      snapshot: KioskFrameTests.snapshot,
      state: AppState(screen: ScreenSize(width: 160, height: 45)), width: 160, height: 45
    ).plainText()
    #expect(dashboard.contains("sort ID") && dashboard.contains("filter all"))
  }

  @Test(
    "no English words in the zh and fr trains, cargo and journey views",
    arguments: EmbeddedTranslationTests.shipped)
  func noEnglish(language: Language) {
    let english = [
      "in transit", "Main cargo", "Location", "Status", "running", "customs",
      "delivered per day", "in transit by", "today", "Cargo volumes", "times UTC",
    ]
    let views = [View.kioskTrains, .kioskCargo, .kioskJourney].map { Self.text($0, language) }
    for word in english {
      for (view, text) in zip(["trains", "cargo", "journey"], views) {
        #expect(!text.contains(word), "\(language) \(view) view shows \"\(word)\"")
      }
    }
  }

  @Test("the cargo view's headings and axis in each language", arguments: Language.allCases)
  func cargo(language: Language) {
    let texts = Translations.load(language)
    let text = Self.text(.kioskCargo, language)
    for caption in [Caption.cargoTitle, .cargoByDirection, .cargoByCategory, .cargoToday] {
      #expect(text.contains(texts[caption]), "\(language) \(caption.rawValue)")
    }
    #expect(text.contains(texts.text(.cargoPerDay, filling: ["{days}": "30"])), "\(language)")
    #expect(text.contains(texts.text(.cargoDaysAgo, filling: ["{days}": "29"])), "\(language)")
  }

  @Test("the journey's status, unit and clock in each language", arguments: Language.allCases)
  func journey(language: Language) {
    let texts = Translations.load(language)
    let text = Self.text(.kioskJourney, language)
    #expect(text.contains(texts.text(.journeyTimes, filling: ["{zone}": "UTC+1"])), "\(language)")
    #expect(text.contains(" \(texts[.unitTEU]) "), "\(language)")
    #expect(Self.statuses(texts).contains { text.contains($0) }, "\(language)")
  }

  /// Headings are cut to their column, statuses to the status column after the marker: every
  /// language's words fit whole, wide glyphs counted.
  @Test("every heading and status fits its column", arguments: Language.allCases)
  func fitColumns(language: Language) {
    let texts = Translations.load(language)
    for column in TrainsTablePane.Column.allCases {
      let heading = texts[Caption.heading(of: column)]
      // One column is kept for the sort mark on the dashboard.
      #expect(
        heading.displayWidth + (language == .en ? 1 : 0) <= column.width,
        "\(language) \(column): \(heading)")
    }
    for status in TrainStatus.allCases {
      let label = texts[Caption.status(status)]
      #expect(
        label.displayWidth + 2 <= TrainsTablePane.Column.status.width, "\(language) \(status): \(label)")
    }
    for direction in [Direction.westbound, .eastbound] {
      let text = TrainText.direction(direction, .unicode, texts: texts)
      #expect(text.displayWidth <= 3, "\(language) \(direction): \(text)")
    }
  }
}
