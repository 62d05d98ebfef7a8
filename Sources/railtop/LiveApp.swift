import CorridorSim
import CursesBackend
import Dashboard
import Dispatch
import Glibc
import TermRender

/// The live dashboard: one tick per frame turns input, wall time and the simulation into
/// cell changes on the terminal.
///
/// Main-actor only: the timer and the signal sources all deliver on `.main`, and curses
/// must only ever be called from one place at a time.
@MainActor
final class LiveApp {
  /// Most events processed per tick, so input stays responsive when the sim is far behind.
  static let eventBudget = 50_000
  /// Furthest the sim may fall behind wall time before the target stops growing.
  static let maxLag: SimDuration = 86_400

  private let screen: CursesScreen
  private let simulation: Simulation
  private let config: LiveConfig
  private var state: AppState
  private var pacer = LivePacer()
  private var simTarget: SimTime
  private var lastWallNanos: UInt64 = 0
  /// The copy of what the terminal shows, brought up to date each frame through its cache.
  private let renderer = LiveRenderer()
  private var needsFrame = true
  /// The terminal may not show the renderer's copy (first frame, resize): repaint it whole.
  private var needsRepaint = true
  private var timer: (any DispatchSourceTimer)?
  private var keyboard: (any DispatchSourceRead)?
  private var signals = LiveSignals()
  private var isShuttingDown = false
  /// systemd's notify socket and watchdog, when systemd started railtop.
  private let watchdog: LiveWatchdog?

  /// The glyph set for this terminal (`GlyphSet.forTerminal`: locale, TERM, ambiguous width).
  private let glyphs: GlyphSet

  init(
    screen: CursesScreen, simulation: Simulation, config: LiveConfig, themes: ThemeRing,
    glyphs: GlyphSet, environment: [String: String] = [:]
  ) {
    self.screen = screen
    self.simulation = simulation
    self.config = config
    self.glyphs = glyphs
    self.state = AppState(speed: config.speed, themes: themes, kiosk: config.kiosk)
    self.watchdog = LiveWatchdog(environment: environment)
    self.state.sort = config.sort
    self.state.sortDescending = config.sort.startsDescending
    self.state.filter = config.filter
    let (width, height) = screen.size
    reduce(&self.state, .resize(ScreenSize(width: width, height: height)))
    self.simTarget = simulation.now
  }

  /// Draws the first frame and starts the timer and the signal sources.
  func start() {
    signals.install { [unowned self] signal in self.handle(signal: signal) }
    signals.onContinue { [unowned self] in self.screen.sink.repaint(self.renderer.screen) }
    lastWallNanos = DispatchTime.now().uptimeNanoseconds
    tick()
    let timer = DispatchSource.makeTimerSource(queue: .main)
    let interval = DispatchTimeInterval.nanoseconds(1_000_000_000 / config.fps)
    timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(5))
    timer.setEventHandler { [unowned self] in self.tick() }
    timer.resume()
    self.timer = timer
    // Keys are handled as they arrive, not at the next frame: at --fps 1, q would otherwise
    // take up to a second. The tick still reads all input, so resizes need no key.
    let keyboard = DispatchSource.makeReadSource(fileDescriptor: STDIN_FILENO, queue: .main)
    keyboard.setEventHandler { [unowned self] in self.tick() }
    keyboard.resume()
    self.keyboard = keyboard
    watchdog?.start { [unowned self] in
      (self.renderer.screen.hashValue, self.simulation.now.seconds)
    }
  }

  /// One frame: input → actions → sim advance → (only if something visible changed) render,
  /// diff and present.
  func tick() {
    guard !isShuttingDown else { return }
    // The thread draining the main queue (a Dispatch worker after `dispatchMain`) gets an
    // alternate signal stack, so a stack overflow in a frame still restores the terminal.
    CrashRestore.coverThisThread()
    let nowNanos = DispatchTime.now().uptimeNanoseconds
    let wallNanos = nowNanos &- lastWallNanos
    lastWallNanos = nowNanos

    // Messages expire by the wall clock; one that goes needs a frame to disappear.
    let message = state.message
    let shown = (state.view, state.kiosk?.shift)
    reduce(&state, .clock(nowNanos))
    // A message that went, or the kiosk's next view or burn-in shift.
    if state.message != message || shown != (state.view, state.kiosk?.shift) { needsFrame = true }
    handleInput()
    if state.wantsQuit { shutdown(status: 0) }
    advanceSimulation(wallNanos: wallNanos)
    guard needsFrame else { return }  // idle and paused: not a byte is written
    needsFrame = false
    draw()
  }

  private func handleInput() {
    let events = screen.pollInput()
    guard !events.isEmpty else { return }
    // Any key may change what is shown (help, focus, selection), so it earns a frame; the
    // diff below keeps a key that changed nothing from writing anything.
    needsFrame = true
    for event in events {
      if case .resize = event {
        // The terminal may have reflowed or cleared its contents: repaint every cell.
        let (width, height) = screen.size
        reduce(&state, .resize(ScreenSize(width: width, height: height)))
        needsRepaint = true
      }
      // Keys that move through the table act on the rows as last drawn.
      for action in KeyMap.actions(for: event, in: state) {
        reduce(&state, action, lists: renderer.lists)
      }
    }
  }

  private func advanceSimulation(wallNanos: UInt64) {
    guard !state.paused else {
      pacer.reset()
      stepWhilePaused()
      return
    }
    let step = pacer.advance(wallNanos: wallNanos, speed: state.speed)
    let before = simulation.now
    simTarget = min(simTarget + step, before + Self.maxLag)
    guard simTarget > before else { return }
    // A RunReport with reachedTarget == false means the sim is behind wall time: the
    // status line says by how much.
    let report = simulation.run(until: simTarget, maxEvents: Self.eventBudget)
    reduce(&state, .setLag(report.reachedTarget ? nil : simTarget - report.reached))
    if report.reached != before || report.eventsProcessed > 0 { needsFrame = true }
  }

  /// Runs the step `.` asked of the paused simulation: all of it, in budgeted slices, since
  /// an hour is at most a few thousand events and the user waits for exactly that hour.
  private func stepWhilePaused() {
    guard state.pendingStep > 0 else { return }
    let target = simulation.now + state.pendingStep
    reduce(&state, .stepTaken)
    while simulation.run(until: target, maxEvents: Self.eventBudget).reachedTarget == false {}
    simTarget = simulation.now
    needsFrame = true
  }

  private func draw() {
    let (width, height) = screen.size
    let changes = renderer.render(
      snapshot: simulation.snapshot(), state: state, glyphs: glyphs, width: width,
      height: height)
    if needsRepaint {
      needsRepaint = false
      screen.sink.repaint(renderer.screen)
    } else if !changes.isEmpty {
      screen.sink.send(changes, of: renderer.screen)
    }
    // The kiosk's journey view keeps following the train it drew.
    if let followed = renderer.followed {
      reduce(&state, .kioskFollow(trainID: followed.trainID, arrived: followed.arrived))
    }
  }

  /// Restores the terminal and exits. Idempotent: `q`, Ctrl-C and signals may race.
  /// What INT, TERM and HUP do. Ctrl-C arrives as SIGINT (cbreak keeps ISIG) and is a normal
  /// quit, through the reducer so that a locked kiosk refuses it; TERM and HUP report 128 +
  /// the signal number, as a shell would for a killed program, and end a kiosk too.
  func handle(signal: Int32) {
    guard signal == SIGINT else { shutdown(status: 128 + signal) }
    reduce(&state, .quit)
    if state.wantsQuit { shutdown(status: 0) }
    needsFrame = true
  }

  func shutdown(status: Int32) -> Never {
    if !isShuttingDown {
      isShuttingDown = true
      watchdog?.stop()
      timer?.cancel()
      keyboard?.cancel()
      screen.close()
    }
    exit(status)
  }
}
