import TermRender

/// The kiosk's keys: every key is noted (`kioskKey`, for `--idle`), Ctrl-] opens the unlock
/// chord, ← → step through the views, and any other key sends its usual action, which the
/// reducer's lock (`KioskLock`) refuses or not. Nothing is refused here.
public enum KioskKeys {
  /// The first key of the unlock chord (then `q`): a visitor leaning on the keyboard does not
  /// hit Ctrl-] followed by q within three seconds.
  public static let unlockChord = "Ctrl-] then q"

  /// The actions for `input` on a kiosk; `usual` is what the dashboard's key map sends.
  static func actions(for input: InputEvent, usual: Action?) -> [Action] {
    var actions: [Action] = [.kioskKey]
    switch input {
    case .ctrl("]"): actions.append(.kioskArmUnlock)
    case .left: actions.append(.kioskStep(-1))
    case .right: actions.append(.kioskStep(1))
    default: if let usual { actions.append(usual) }
    }
    return actions
  }
}
