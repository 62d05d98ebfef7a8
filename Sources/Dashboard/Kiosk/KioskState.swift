import SafeText
import TermRender

/// How a trade-mission screen takes keys: locked (the default) refuses everything but the
/// unlock chord; interactive also lets visitors step through the views with ← →.
public enum KioskMode: String, Sendable, Hashable, CaseIterable {
  case locked, interactive
}

/// The kiosk's options as given on the command line (`--kiosk`, `--interval`, `--idle`,
/// `--shift-every`, `--lang`, `--title`), checked there; the title arrives sanitised here.
public struct KioskSettings: Sendable, Hashable {
  public var mode: KioskMode
  /// Wall seconds each view is shown for.
  public var intervalSeconds: Int
  /// Interactive: wall seconds without a key after which the loop rotates again.
  public var idleSeconds: Int
  /// Wall minutes between burn-in shifts of the whole layout.
  public var shiftEveryMinutes: Int
  /// The booth's title for the header, control characters removed.
  public var title: String
  public var translations: Translations

  public init(
    mode: KioskMode = .locked, intervalSeconds: Int = 20, idleSeconds: Int = 60,
    shiftEveryMinutes: Int = 5, title: String = "", translations: Translations = .english
  ) {
    self.mode = mode
    self.intervalSeconds = max(1, intervalSeconds)
    self.idleSeconds = max(1, idleSeconds)
    self.shiftEveryMinutes = max(1, shiftEveryMinutes)
    self.title = Self.sanitised(title)
    self.translations = translations
  }

  /// `text` without control characters (every `UnsafeScalars` scalar: C0, DEL, C1, bidi
  /// controls …) and with runs of whitespace as one space: a booth's title is display text,
  /// where escapes such as `\e` would only be noise (the drawing would escape them anyway).
  public static func sanitised(_ text: String) -> String {
    let kept = text.unicodeScalars.map { scalar -> Character in
      UnsafeScalars.contains(scalar) || scalar.properties.isWhitespace ? " " : Character(scalar)
    }
    return String(kept).split(separator: " ", omittingEmptySubsequences: true)
      .joined(separator: " ")
  }
}

/// The attract loop's state inside `AppState`: which view is shown and since when, the last
/// key, the burn-in shift, the unlock chord and the train "a parcel's journey" follows.
/// Changed only by `reduce` (through `tick`, `step` and the other mutators below).
public struct KioskState: Sendable, Hashable {
  /// The views in rotation order.
  public static let views: [View] = [.kioskMap, .kioskTrains, .kioskCargo, .kioskJourney]
  /// The story captions, one per view shown, in turn.
  public static let stories: [Caption] = [
    .storyFirstTrain, .storyTwinning, .storyEHub, .storyWestbound, .storyEastbound,
    .storyGauges,
  ]
  /// How long after Ctrl-] a `q` still unlocks.
  public static let unlockWindowNanos: UInt64 = 3_000_000_000
  /// How long "arrived" is shown before the journey picks another train.
  public static let arrivalShownNanos: UInt64 = 10_000_000_000

  public let settings: KioskSettings
  /// Views shown since the start (stepping back lowers it): the view is `views[rotation mod 4]`
  /// and the story caption `stories[rotation mod 6]`: each view shown tells the next story.
  public private(set) var rotation: Int = 0
  /// Wall time the current view was shown at (nil before the first clock).
  public private(set) var shownAtNanos: UInt64?
  /// Wall time of the kiosk's first clock: burn-in shifts count from it.
  public private(set) var startNanos: UInt64?
  /// Wall time of the last key (nil: none yet).
  public private(set) var lastKeyNanos: UInt64?
  /// Wall time Ctrl-] was pressed, while the unlock window is open.
  public private(set) var unlockArmedNanos: UInt64?
  /// The train "a parcel's journey" follows, as the last frame drew it.
  public private(set) var followedTrainID: String?
  /// When the followed train was first drawn as arrived.
  public private(set) var followedArrivedNanos: UInt64?
  /// The burn-in offset of the whole layout now.
  public private(set) var shift = KioskShift.none

  public init(settings: KioskSettings) { self.settings = settings }

  /// The view shown now.
  public var view: View {
    Self.views[((rotation % Self.views.count) + Self.views.count) % Self.views.count]
  }

  /// The story caption shown with the current view.
  public var story: Caption {
    Self.stories[((rotation % Self.stories.count) + Self.stories.count) % Self.stories.count]
  }

  /// Whether `now` is still inside the unlock window opened by Ctrl-].
  public func unlockArmed(at now: UInt64) -> Bool {
    guard let armed = unlockArmedNanos, now >= armed else { return false }
    return now - armed < Self.unlockWindowNanos
  }

  /// Whether a visitor pressed a key less than `--idle` ago (interactive only: a locked
  /// kiosk's keys never hold the loop).
  func heldByVisitor(at now: UInt64) -> Bool {
    guard settings.mode == .interactive, let key = lastKeyNanos, now >= key else { return false }
    return now - key < UInt64(settings.idleSeconds) * 1_000_000_000
  }

  /// The wall clock moved to `now`: rotates when the interval is up (and no visitor holds
  /// the view), shifts the layout, closes the unlock window, lets an arrived train go.
  mutating func tick(_ now: UInt64) {
    if startNanos == nil { startNanos = now }
    let shown = shownAtNanos ?? now
    shownAtNanos = shown
    let interval = UInt64(settings.intervalSeconds) * 1_000_000_000
    if !heldByVisitor(at: now), now >= shown, now - shown >= interval {
      rotation += 1
      shownAtNanos = now
    }
    let period = UInt64(settings.shiftEveryMinutes) * 60_000_000_000
    let elapsed = now >= (startNanos ?? now) ? now - (startNanos ?? now) : 0
    shift = KioskShift.cycle[Int((elapsed / period) % UInt64(KioskShift.cycle.count))]
    if !unlockArmed(at: now) { unlockArmedNanos = nil }
    if let arrived = followedArrivedNanos, now >= arrived, now - arrived >= Self.arrivalShownNanos
    {
      followedTrainID = nil
      followedArrivedNanos = nil
    }
  }

  /// A key arrived (any key: the idle time counts from it).
  mutating func keyPressed(at now: UInt64) { lastKeyNanos = now }

  /// ← →: the previous or next view, shown from now.
  mutating func step(_ delta: Int, at now: UInt64) {
    rotation += delta
    shownAtNanos = now
    lastKeyNanos = now
  }

  /// Ctrl-]: a `q` within `unlockWindowNanos` ends kiosk mode.
  mutating func armUnlock(at now: UInt64) { unlockArmedNanos = now }

  /// The journey view drew `trainID`, arrived or not.
  mutating func follow(_ trainID: String?, arrived: Bool, at now: UInt64) {
    if trainID != followedTrainID {
      followedTrainID = trainID
      followedArrivedNanos = nil
    }
    if arrived, trainID != nil, followedArrivedNanos == nil { followedArrivedNanos = now }
  }
}

/// The burn-in offset of the kiosk's layout: (0,0) (1,0) (1,1) (0,1), one step every
/// `--shift-every` minutes, so no chrome keeps the same cells for hours.
public struct KioskShift: Sendable, Hashable {
  public var dx: Int
  public var dy: Int
  public init(dx: Int, dy: Int) {
    self.dx = dx
    self.dy = dy
  }
  public static let none = KioskShift(dx: 0, dy: 0)
  /// The offsets in the order they are taken.
  public static let cycle = [
    KioskShift(dx: 0, dy: 0), KioskShift(dx: 1, dy: 0), KioskShift(dx: 1, dy: 1),
    KioskShift(dx: 0, dy: 1),
  ]
}
