import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The `/` search: keys go to the query while it is typed (decided by `KeyMap` from the
/// state), the table lists what matches it AND the filter, and title and status line say so.
@Suite("Search")
struct SearchTests {
  /// `state` after each input goes through the key map and the reducer, as the live loop does.
  static func typed(_ inputs: [InputEvent], _ state: AppState = AppState()) -> AppState {
    var driver = StateDriver(state, snapshot: SnapshotFixture.snapshot())
    for input in inputs {
      for action in KeyMap.actions(for: input, in: driver.state) { driver.send(action) }
    }
    return driver.state
  }

  static func characters(_ text: String) -> [InputEvent] { text.map { .character($0) } }

  /// The ids the table lists for `state` over the fixture.
  static func listed(_ state: AppState) -> [String] {
    PaneModels.frame(SnapshotFixture.snapshot(), state).lists.rowIDs
  }

  @Test("while typing, keys edit the query, not the key map; Enter keeps it, Esc clears it")
  func typingGoesToTheQuery() {
    // q, s, f and t would quit, sort, filter and switch theme outside the query.
    let typing = Self.typed([.character("/")] + Self.characters("qsft"))
    #expect(typing.searchEditing)
    #expect(typing.search == "qsft")
    #expect(!typing.wantsQuit && typing.sort == .id && typing.filter == .all)
    let edited = Self.typed([.backspace, .backspace, .backspace], typing)
    #expect(edited.search == "q")
    let kept = Self.typed([.enter], edited)
    #expect(!kept.searchEditing && kept.search == "q")
    #expect(kept.message == "search: q")
    // Kept, the keys act again: q quits.
    #expect(Self.typed([.character("q")], kept).wantsQuit)
    let cleared = Self.typed([.character("/"), .character("x"), .escape], kept)
    #expect(!cleared.searchEditing && cleared.search == "")
  }

  @Test("Esc outside the query closes help, then the detail, then clears the search")
  func escapeOrder() {
    var state = Self.typed([.character("/")] + Self.characters("0302") + [.enter, .enter])
    #expect(state.view == .detail)
    state = Self.typed([.character("?"), .escape], state)
    #expect(!state.helpOpen && state.view == .detail && state.search == "0302")
    state = Self.typed([.escape], state)
    #expect(state.view == .dashboard && state.search == "0302")
    state = Self.typed([.escape], state)
    #expect(state.search == "")
    #expect(state.message == "search cleared")
  }

  @Test("the table lists what matches, live as the query is typed")
  func incremental() {
    let all = Self.listed(AppState())
    #expect(all.count == 6)
    var ids: [[String]] = []
    var state = Self.typed([.character("/")])
    for character in "x8045" {
      state = Self.typed([.character(character)], state)
      ids.append(Self.listed(state))
    }
    #expect(ids[0] == all)  // "x": every id
    #expect(ids[4] == ["X8045-0226E", "X8045-0301E"])
    // The arrows still move the selection while typing.
    state = Self.typed([.down], state)
    #expect(state.selectedTrainID == "X8045-0301E")
  }

  @Test(
    "matches id, service and station names, any case, with or without accents, CJK too",
    arguments: [
      ("0305w", ["X8044-0305W"]),
      ("LIÈGE–ZHENG", ["X8045-0226E", "X8045-0301E"]),  // the eastbound service's name
      ("petukhovo", SnapshotFixture.trains.map(\.id)),  // where every fixture train runs to
      ("ПЕТУХОВО", SnapshotFixture.trains.map(\.id)),  // its Cyrillic name, any case
      ("郑州", SnapshotFixture.trains.map(\.id)),  // the origin's native name
      ("liege airp", SnapshotFixture.trains.map(\.id)),  // the destination, without its accent
      ("nowhere", []),
    ])
  func matching(query: String, expected: [String]) throws {
    let snapshot = SnapshotFixture.snapshot()
    let search = try #require(TrainSearch(query: query, snapshot: snapshot))
    #expect(snapshot.trains.filter(search.admits).map(\.id) == expected)
  }

  @Test("an empty query is no search")
  func emptyQuery() {
    #expect(TrainSearch(query: "", snapshot: SnapshotFixture.snapshot()) == nil)
  }

  @Test("accents of Latin letters fold away; other scripts only lower-case")
  func folding() {
    #expect(TrainSearch.fold("Małaszewicze") == "malaszewicze")
    #expect(TrainSearch.fold("Liège") == "liege")
    #expect(TrainSearch.fold("Lie\u{300}ge") == "liege")
    #expect(TrainSearch.fold("ДОСТЫК") == "достык")
    #expect(TrainSearch.fold("阿拉山口") == "阿拉山口")
  }

  @Test("search and filter combine: a train must pass both")
  func searchAndFilter() {
    // "X8044" are the westbound ids; the late filter keeps 0302W (30 h) and the held 0226E.
    let state = Self.typed(
      [.character("f"), .character("f"), .character("f"), .character("/")]
        + Self.characters("X8044") + [.enter])
    #expect(state.filter == .late)
    #expect(Self.listed(state) == ["X8044-0302W"])
  }

  @Test("the table title and the status line say what is searched")
  func shown() {
    let typing = FixtureFrame.text(120, 40) { driver in
      driver.send(.startSearch)
      for character in "0305" { driver.send(.searchType(character)) }
    }
    #expect(typing.contains("search \"0305_\""))
    #expect(typing.contains("/ search: 0305_"))
    #expect(typing.contains("Enter keep"))
    let kept = FixtureFrame.text(120, 40) { driver in
      driver.send(.startSearch)
      for character in "0305" { driver.send(.searchType(character)) }
      driver.send(.searchCommit)
      driver.send(.clearMessage)
    }
    let statusLine = kept.split(separator: "\n").last.map(String.init) ?? ""
    #expect(statusLine.contains("search \"0305\""))
    #expect(kept.contains("search \"0305\" "))
    let none = FixtureFrame.text(120, 40) { driver in
      driver.send(.startSearch)
      for character in "zzz" { driver.send(.searchType(character)) }
    }
    #expect(none.contains("no train matches the search"))
  }
}
