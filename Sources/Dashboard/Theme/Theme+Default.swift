import TermRender

extension Theme {
  /// The compiled-in dark theme: every role set, so a theme file may name only what it changes.
  ///
  /// `themes/default.theme` spells out the same values (a test keeps the two equal); this copy
  /// exists so the dashboard has colours even when no theme file can be found or parsed.
  public static let compiledDefault: Theme = {
    func rgb(_ hex: UInt32) -> Color {
      .rgb(UInt8((hex >> 16) & 0xFF), UInt8((hex >> 8) & 0xFF), UInt8(hex & 0xFF))
    }
    func style(_ fg: UInt32?, on bg: UInt32? = nil, _ attributes: TextAttributes = []) -> Style {
      Style(
        foreground: fg.map(rgb) ?? .default, background: bg.map(rgb) ?? .default,
        attributes: attributes)
    }
    let styles: [ThemeRole: Style] = [
      .background: style(nil),
      .text: style(nil),
      .dimText: style(0x8a8a8a),
      .paneBorder: style(0x707880),
      .focusedBorder: style(0x5fafff, [.bold]),
      .title: style(0xffd75f, [.bold]),
      .header: style(0xffffff, on: 0x1f3b57, [.bold]),
      .tableHeader: style(0x87afd7, [.bold, .underline]),
      .statusBar: style(0xd0d0d0, on: 0x262626),
      .keyHint: style(0xffd75f, on: 0x262626, [.bold]),
      .selection: style(0xffffff, on: 0x2e4a66, [.bold]),
      .badge: style(0x000000, on: 0xffaf00, [.bold]),
      .statusOnTime: style(0x5fd75f),
      .statusDelayed: style(0xffaf00, [.bold]),
      .statusHeld: style(0xff5f5f, [.bold]),
      .statusArrived: style(0x87afff),
      .severityInfo: style(0xa8a8a8),
      .severityNotice: style(0x87d7ff),
      .severityWarning: style(0xffaf00, [.bold]),
      .severityCritical: style(0xff5f5f, [.bold]),
      .cargo1: style(0x5fafff),
      .cargo2: style(0xff875f),
      .cargo3: style(0xafd75f),
      .cargo4: style(0xd787ff),
      .cargo5: style(0xffd75f),
      .cargo6: style(0x5fd7d7),
      .cargo7: style(0xff87af),
      .cargo8: style(0xbcbcbc),
      .routeLine: style(0x6c6c6c),
      .routeStation: style(0xd0d0d0),
      .routeBorder: style(0xd787ff, [.bold]),
      .routeGaugeChange: style(0xffaf00, [.bold]),
      .progressFill: style(0x5fafff),
      .progressTrack: style(0x6c6c6c),
      .chartWest: style(0x5fd7ff),
      .chartEast: style(0xff875f),
      .chartAxis: style(0x8a8a8a),
      .mapLand: style(0x6c6c6c),
      .mapCoast: style(0x5f87af),
      .mapBorder: style(0xaf87d7),
    ]
    return Theme(
      name: "default", summary: "Dark, for most terminals (compiled in)",
      styles: styles)
  }()
}
