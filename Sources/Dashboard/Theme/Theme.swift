import TermRender

/// A theme resolved into one `Style` per `ThemeRole`, ready for drawing.
///
/// Resolution happens once, when a theme is loaded: the compiled-in default supplies every role,
/// the file's keys replace only the roles they name, and any role without its own background
/// takes the `background` role's, so a light theme repaints the whole screen.
public struct Theme: Sendable, Hashable {
  /// Name shown in the status line, e.g. `wallonia`.
  public var name: String
  /// One-line description from the file's `description` key.
  public var summary: String
  /// Styles indexed by `ThemeRole.rawValue`.
  private var styles: [Style]

  /// A theme with explicit styles for every role (missing roles are plain).
  public init(name: String, summary: String, styles: [ThemeRole: Style]) {
    self.name = name
    self.summary = summary
    self.styles = ThemeRole.allCases.map { styles[$0] ?? .plain }
  }

  /// The style of `role`. O(1): an array index, no hashing.
  public subscript(role: ThemeRole) -> Style {
    get { styles[role.rawValue] }
    set { styles[role.rawValue] = newValue }
  }

  /// This theme with `overrides` applied and backgrounds filled from the `background` role.
  func resolved(name: String, summary: String, overrides: [ThemeRole: Style]) -> Theme {
    var theme = self
    theme.name = name
    theme.summary = summary
    for (role, style) in overrides { theme[role] = style }
    let screen = theme[.background].background
    for role in ThemeRole.allCases where theme[role].background == .default {
      theme[role].background = screen
    }
    return theme
  }
}
