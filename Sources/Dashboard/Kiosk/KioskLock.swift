/// The one place where the kiosk's lock lives: which actions `reduce` accepts while kiosk mode
/// is on. Keys map to their usual actions; this list refuses them.
enum KioskLock {
  /// Whether a kiosk in `kiosk`'s mode accepts `action` at wall time `now`.
  ///
  /// Both modes accept what the live loop itself sends (clock, resize, lag, the journey's
  /// train), the key notice and the unlock chord (Ctrl-] then `q`, which arrives as `.quit`
  /// and is refused outside the chord's window). Interactive also accepts ← →. Everything
  /// else a visitor could press — pause, speed, theme, quit, focus, sort, filter, selection,
  /// detail, help, legend, map keys, messages, the `.` step, the mouse, the cargo pick, the
  /// search — is refused.
  static func admits(_ action: Action, kiosk: KioskState, now: UInt64) -> Bool {
    switch action {
    case .clock, .resize, .setLag, .stepTaken, .kioskKey, .kioskArmUnlock, .kioskFollow: true
    case .kioskStep: kiosk.settings.mode == .interactive
    case .quit: kiosk.unlockArmed(at: now)
    case .togglePause, .faster, .slower, .resetSpeed, .focusNext, .focusPrevious, .cycleTheme,
      .cycleFilter, .cycleSort, .reverseSort, .move, .pageUp, .pageDown, .home, .end,
      .openDetail, .closeOverlay, .toggleHelp, .toggleLegend, .scrollLegend, .toggleMap,
      .cycleMapRegion, .showMapRegion, .showMessage, .clearMessage, .stepHour, .mouse,
      .toggleCargoFilter,
      .startSearch, .searchType, .searchBackspace, .searchCommit, .searchCancel:
      false
    }
  }
}
