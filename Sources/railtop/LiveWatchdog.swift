import Dispatch
import ServiceNotify

/// systemd's side of the live app: `READY=1` once the first frame is on screen, then
/// `WATCHDOG=1` every half `$WATCHDOG_USEC`, but only while the frame canary says the screen
/// is alive (its content and the sim clock both changed since the last check). Nothing at
/// all without `$NOTIFY_SOCKET`.
@MainActor
final class LiveWatchdog {
  private let notifier: ServiceNotifier
  private let interval: UInt64?
  private var canary = FrameCanary()
  private var timer: (any DispatchSourceTimer)?

  /// Nil when systemd did not start railtop with a notify socket.
  init?(environment: [String: String]) {
    guard let notifier = ServiceNotifier(environment: environment) else { return nil }
    self.notifier = notifier
    self.interval = ServiceNotifier.watchdogInterval(environment: environment)
  }

  /// Says ready and starts the checks; `sample` gives the frame's hash and the sim time.
  func start(sample: @escaping @MainActor () -> (frame: Int, simTime: Int64)) {
    notifier.send("READY=1")
    guard let interval else { return }
    let first = sample()
    _ = canary.check(frameHash: first.frame, simTime: first.simTime)
    let timer = DispatchSource.makeTimerSource(queue: .main)
    let period = DispatchTimeInterval.nanoseconds(Int(min(interval, UInt64(Int.max))))
    timer.schedule(deadline: .now() + period, repeating: period, leeway: .milliseconds(50))
    timer.setEventHandler { [unowned self] in
      MainActor.assumeIsolated {
        let now = sample()
        if self.canary.check(frameHash: now.frame, simTime: now.simTime) {
          self.notifier.send("WATCHDOG=1")
        }
      }
    }
    timer.resume()
    self.timer = timer
  }

  /// Tells systemd railtop is stopping and stops the checks.
  func stop() {
    timer?.cancel()
    notifier.send("STOPPING=1")
  }
}
