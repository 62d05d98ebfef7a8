import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The kiosk's own chrome in its language: the header's corridor day and the map view's pane
/// title and region, and the `{day}` placeholder a translation must keep.
@Suite("Kiosk chrome in the kiosk's language")
struct KioskChromeLanguageTests {
  static func mapView(_ translations: Translations, region: MapRegion = .corridor) -> String {
    var state = AppState(
      screen: ScreenSize(width: 160, height: 45),
      kiosk: KioskSettings(translations: translations))
    reduce(&state, .clock(1))
    state.showMap(region)
    state.view = .kioskMap
    return DashboardFrame.render(
      snapshot: KioskFrameTests.snapshot, state: state, width: 160, height: 45
    ).plainText()
  }

  @Test(
    "the day and the map's title and region, in each language",
    arguments: [
      (Language.en, "day {day}", "Map · whole corridor"),
      (.zh, "第{day}天", "地图 · 全线走廊"),
      (.fr, "jour {day}", "Carte · tout le corridor"),
    ])
  func chrome(language: Language, day: String, title: String) {
    let text = Self.mapView(Translations.load(language))
    let number = "\(KioskFrameTests.snapshot.corridorDay)"
    #expect(text.contains(day.replacing("{day}", with: number)), "\(language)")
    #expect(text.contains(title), "\(language)")
  }

  @Test("every region is named in each shipped language, and differently")
  func regions() {
    for language in Language.allCases {
      let names = MapRegion.allCases.map { Translations.load(language)[.region($0)] }
      #expect(Set(names).count == MapRegion.allCases.count, "\(language)")
      if language != .en {
        #expect(
          MapRegion.allCases.allSatisfy { Translations.load(language).translated.contains(.region($0)) })
      }
    }
  }

  @Test("the dashboard's map keeps its English words")
  func dashboardUnchanged() throws {
    var state = try PaneModels.state(width: 200, height: 60)
    state.showMap(.europe)
    let text = DashboardFrame.render(
      snapshot: KioskFrameTests.snapshot, state: state, width: 200, height: 60
    ).plainText()
    #expect(text.contains("Map · Europe"))
  }

  @Test("a translation of the day without {day}, or with it twice, is refused at its line")
  func placeholderKept() {
    for bad in ["chrome.day: jour\n", "chrome.day: \"{day} jour {day}\"\n"] {
      do {
        _ = try Translations(parsing: "map.title: Carte\n" + bad, language: .fr, file: "t.yaml")
        Issue.record("accepted \(bad)")
      } catch {
        #expect(
          error.issues.map(\.description) == ["t.yaml:2: chrome.day: must hold {day} once, where the number goes"])
      }
    }
    let good = try? Translations(parsing: "chrome.day: \"J{day}\"\n", language: .fr, file: "t.yaml")
    #expect(good?.text(.corridorDay, filling: ["{day}": "7"]) == "J7")
  }
}
