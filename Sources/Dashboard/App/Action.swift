import TermRender

/// Something the user asked for; the reducer turns it into a new `AppState`.
///
/// Skeleton: the dashboard work extends this with focus, selection, sort, filter, theme, help.
public enum Action: Hashable, Sendable {
  case quit
  case togglePause
  case faster
  case slower
}

/// Sim speed bounds in sim seconds per wall second.
public enum SpeedLimits {
  public static let minimum = 1
  public static let maximum = 7 * 86_400
}

/// Applies one action to the state. Pure.
public func reduce(_ state: inout AppState, _ action: Action) {
  switch action {
  case .quit: state.wantsQuit = true
  case .togglePause: state.paused.toggle()
  case .faster: state.speed = min(SpeedLimits.maximum, state.speed * 2)
  case .slower: state.speed = max(SpeedLimits.minimum, state.speed / 2)
  }
}

/// Maps terminal input to actions.
public enum KeyMap {
  public static func actions(for input: InputEvent, in state: AppState) -> [Action] {
    switch input {
    case .character("q"), .ctrl("c"): [.quit]
    case .character(" "): [.togglePause]
    case .character("+"): [.faster]
    case .character("-"): [.slower]
    default: []
    }
  }
}
