/// Whether the screen is alive: the watchdog is fed only when, since the last check a watchdog
/// period ago, the frame's content changed and the simulation clock moved on. A frozen screen
/// (a stuck loop, a sim that no longer advances, a renderer that draws the same frame) then
/// stops the feeds and systemd restarts railtop.
public struct FrameCanary: Sendable, Hashable {
  private var lastFrame: Int?
  private var lastSimTime: Int64?

  public init() {}

  /// Records the current frame's hash and sim time; true when both differ from the previous
  /// check's (the first check only records).
  public mutating func check(frameHash: Int, simTime: Int64) -> Bool {
    defer {
      lastFrame = frameHash
      lastSimTime = simTime
    }
    guard let lastFrame, let lastSimTime else { return false }
    return frameHash != lastFrame && simTime > lastSimTime
  }
}
