import Foundation
import Glibc
import Testing

/// `railtop --kiosk` in tmux: a full rotation with a capture of each view, the lock against a
/// visitor's keys, the unlock chord, SIGTERM, a resize storm, and systemd's notify socket.
@Suite("End to end: the kiosk", .serialized)
struct KioskE2ETests {
  /// Each view's caption title, and words only that view shows, per `--lang`.
  typealias Views = [(caption: String, shows: [String])]
  static let views: Views = [
    ("The Zhengzhou–Liège rail corridor", ["trains in transit", "Zhengzhou", "CST", "Liège"]),
    ("Trains on the corridor now", ["Trains · ", "in transit"]),
    ("What the trains carry", ["Cargo volumes"]),
    ("A parcel's journey", ["Following train", "gauge change"]),
  ]
  static let viewsByLanguage: [String: (views: Views, simulated: String)] = [
    "en": (views, "SIMULATED"),
    "zh": (
      [
        ("郑州—列日铁路走廊", ["列在途列车", "郑州", "CST", "列日"]),
        ("此刻在走廊上运行的列车", ["列车 · ", "车次", "状态"]),
        ("列车运送的货物", ["货运量", "西行"]),
        ("一个包裹的旅程", ["跟随列车", "换轨"]),
      ], "模拟数据"
    ),
    "fr": (
      [
        ("Le corridor ferroviaire Zhengzhou–Liège", ["trains en transit", "Zhengzhou", "CST"]),
        ("Les trains sur le corridor en ce moment", ["Trains · ", "Retard", "en transit"]),
        ("Ce que transportent les trains", ["Volumes de fret", "ouest"]),
        ("Le voyage d'un colis", ["Suivi du train", "écartement"]),
      ], "SIMULATION"
    ),
  ]

  static func launch(
    _ arguments: [String] = [], width: Int = 200, height: Int = 60,
    environment: [String: String] = [:]
  ) throws -> TmuxSession {
    try TmuxRailtop.launch(
      width: width, height: height,
      arguments: ["--kiosk"] + arguments + ["--interval", "2", "--title", "Booth 7"],
      environment: environment)
  }

  /// Which of `views` is on screen, by its caption (the last non-blank row).
  static func view(_ screen: TmuxScreen, of views: Views = views) -> Int? {
    views.firstIndex { view in screen.rows.suffix(2).contains { $0.contains(view.caption) } }
  }

  @Test(
    "a full rotation at 200×60 with --interval 2 in each language: each view once, in order, with its content",
    arguments: ["en", "zh", "fr"])
  func fullRotation(language: String) throws {
    let (views, simulated) = try #require(Self.viewsByLanguage[language])
    let session = try Self.launch(["--lang", language])
    defer { session.close() }
    var captures: [Int: String] = [:]
    var order: [Int] = []
    let done = session.waitUntil(seconds: 40) {
      let screen = TmuxScreen(session)
      if let index = Self.view(screen, of: views), captures[index] == nil,
        views[index].shows.allSatisfy(screen.text.contains)
      {
        captures[index] = screen.text
        order.append(index)
      }
      return captures.count == views.count
    }
    #expect(done, "\(language): views seen: \(captures.keys.sorted()); screen:\n\(session.capture())")
    // Whichever view it opened on, each next one is the following view of the loop.
    #expect(zip(order, order.dropFirst()).allSatisfy { $1 == ($0 + 1) % views.count }, "\(order)")
    for (index, text) in captures {
      #expect(text.contains("Booth 7") && text.contains(simulated), "\(language) view \(index):\n\(text)")
    }
    session.tmux(["kill-session", "-t", "S"])
  }

  @Test("locked: q, Space, t, + and Ctrl-C change nothing; Ctrl-] then q opens the dashboard")
  func lockAndUnlock() throws {
    let session = try Self.launch()
    defer { session.close() }
    TmuxScreen.expect(session, "a kiosk view") { Self.view($0) != nil }
    for key in ["q", "Space", "t", "+", "?", "C-c", "Escape", "Enter"] { session.sendKeys(key) }
    Thread.sleep(forTimeInterval: 1)
    #expect(session.file("rc") == nil, "a visitor's key ended the kiosk")
    TmuxScreen.expect(session, "the kiosk still rotating, no help") {
      Self.view($0) != nil && !$0.text.contains("Keys")
    }
    session.sendKeys("C-]")
    session.sendKeys("q")
    TmuxScreen.expect(session, "the dashboard after the unlock chord") {
      $0.rows.last?.hasPrefix(" q quit") == true && $0.text.contains("Route progress")
    }
    TmuxRailtop.expectQuits(session)
  }

  @Test("SIGTERM ends the kiosk with status 143 and the terminal restored")
  func sigterm() throws {
    let session = try Self.launch()
    defer { session.close() }
    TmuxScreen.expect(session, "a kiosk view") { Self.view($0) != nil }
    let pid = try #require(session.pid(ofProcessNamed: "railtop"))
    kill(pid, SIGTERM)
    #expect(TmuxRailtop.exitStatus(session) == 143)
    TmuxRailtop.expectRestored(session)
  }

  @Test("a resize storm during kiosk mode: still rotating, laid out for the last size")
  func resizeStorm() throws {
    let session = try Self.launch(["interactive"])
    defer { session.close() }
    TmuxScreen.expect(session, "a kiosk view") { Self.view($0) != nil }
    let sizes = [(80, 24), (250, 70), (60, 20), (120, 40), (200, 60), (81, 25), (160, 45)]
    for round in 0..<30 {
      let (width, height) = sizes[round % sizes.count]
      session.resize(width: width, height: height)
      if round % 5 == 0 { session.sendKeys("Right") }
      Thread.sleep(forTimeInterval: 0.05)
    }
    session.resize(width: 160, height: 45)
    TmuxScreen.expect(session, "a 160×45 kiosk frame") { screen in
      screen.rows.count >= 44 && Self.view(screen) != nil
        && screen.rows.contains { $0.count >= 158 && $0.contains("Booth 7") }
    }
    #expect(session.file("rc") == nil, "railtop exited: \(session.file("stderr.txt") ?? "")")
    let pid = try #require(session.pid(ofProcessNamed: "railtop"))
    kill(pid, SIGHUP)
    #expect(TmuxRailtop.exitStatus(session) == 129)
    TmuxRailtop.expectRestored(session)
  }

  @Test("a burst of resizes with no pause in a locked kiosk: it survives and draws the last size")
  func resizeBurst() throws {
    let session = try Self.launch()
    defer { session.close() }
    TmuxScreen.expect(session, "a kiosk view") { Self.view($0) != nil }
    for round in 0..<60 {
      session.resize(width: 80 + (round * 37) % 240, height: 24 + (round * 13) % 80)
    }
    session.resize(width: 200, height: 60)
    TmuxScreen.expect(session, "a 200×60 kiosk frame after the burst") { screen in
      screen.rows.count >= 59 && Self.view(screen) != nil
        && screen.rows.contains { $0.count >= 198 && $0.contains("Booth 7") }
    }
    #expect(session.file("rc") == nil, "railtop exited: \(session.file("stderr.txt") ?? "")")
    session.tmux(["kill-session", "-t", "S"])
  }

  @Test("with NOTIFY_SOCKET and WATCHDOG_USEC: READY=1, then WATCHDOG=1 while frames change")
  func watchdog() throws {
    let path = "\(NSTemporaryDirectory())/railtop-kiosk-notify-\(getpid())"
    unlink(path)
    let listener = try #require(DatagramListener(address: path))
    let session = try Self.launch(
      environment: ["NOTIFY_SOCKET": path, "WATCHDOG_USEC": "2000000"])
    defer { session.close() }
    #expect(listener.receive(until: "READY=1", within: 20) != nil, "no READY=1")
    let feeds = listener.receive(until: "WATCHDOG=1", within: 10)
    #expect(feeds != nil, "no WATCHDOG=1 within 10 s")
    #expect(listener.receive(until: "WATCHDOG=1", within: 5) != nil, "the feeds stopped")
    session.tmux(["kill-session", "-t", "S"])
  }
}
