import CorridorSim
import TermRender

/// "A parcel's journey": the train the kiosk follows (`KioskJourney`) from Zhengzhou to Liège,
/// its status and progress, and its stops in order — reached, the current one highlighted,
/// those ahead — with borders and gauge changes named; "arrived" once it is there.
enum KioskJourneyPane: PaneRenderer {
  struct Model: Equatable {
    var train: TrainSnapshot?
    var theme: Theme
    var ui: GlyphSet
    var names: NameTables
    /// The corridor, for each stop's kind (border, gauge change) and native name.
    var corridor: CorridorLine
    var calendar: CorridorCalendar
    /// The kiosk's words: the view's title, the journey's, statuses, the TEU unit, the clock.
    var texts: Translations

    var glyphs: DashboardGlyphs { .matching(ui) }
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    Model(
      train: frame.journeyTrain, theme: frame.theme, ui: frame.ui, names: frame.names,
      corridor: frame.snapshot.corridor, calendar: frame.snapshot.calendar,
      texts: frame.translations)
  }

  /// The stop the train is at (standing there) or heading for (on the line), nil once
  /// arrived: where it is, as the table's Location says.
  static func currentStop(_ train: TrainSnapshot) -> Int? {
    guard train.status != .arrived else { return nil }
    let position = train.position
    let standing = position.fromStation == position.toStation
    let station = standing ? position.fromStation : position.toStation
    return train.timeline.firstIndex { $0.station == station }
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    let theme = model.theme
    let glyphs = model.glyphs
    let block = Block(
      border: .rounded, title: [Span(model.texts[.viewJourney], style: theme[.title])],
      borderStyle: theme[.paneBorder], style: theme[.background])
    block.render(into: &buffer, area: area, glyphs: model.ui)
    let box = block.inner(area)
    let inner = Rect(x: box.x + 1, y: box.y, width: max(0, box.width - 2), height: box.height)
    guard inner.width > 0, inner.height > 0 else { return }
    let stationNames = model.names.stationNames
    guard let train = model.train else {
      buffer.put(
        "\(model.texts[.journeyFollowing]) \(glyphs.none)", x: inner.x, y: inner.y, style: theme[.text],
        maxWidth: inner.width)
      return
    }
    let origin = train.timeline.first.map { stationNames[$0.station] ?? $0.station } ?? ""
    let end = train.timeline.last.map { stationNames[$0.station] ?? $0.station } ?? ""
    let clock = ClockText(epochUnix: model.calendar.epochUnix, corridor: model.calendar)
    let status: [Span] =
      train.status == .arrived
      ? [
        Span(glyphs.arrived + " " + model.texts[.statusArrived] + " ", style: theme[.statusArrived].adding(.bold)),
        Span(end + " " + clock.zoned(train.arrivedAt ?? train.predictedArrival), style: theme[.text]),
      ]
      : [
        Span(
          glyphs.marker(for: train) + " " + model.texts[Caption.status(train.status)],
          style: theme.statusStyle(train)),
        Span(
          " \(glyphs.dot) "
            + TrainText.location(train.position, names: stationNames, glyphs: glyphs),
          style: theme[.text]),
      ]
    let lines: [[Span]] = [
      [
        Span("\(model.texts[.journeyFollowing]) ", style: theme[.dimText]),
        Span(train.id, style: theme[.text].adding(.bold)),
        Span(" \(glyphs.dot) \(origin) \(TrainText.direction(train.direction, glyphs, texts: model.texts)) \(end)"),
        Span(" \(glyphs.dot) \(train.consist.teu) \(model.texts[.unitTEU])", style: theme[.dimText]),
        // Every time below is on the corridor clock (D37), and says so once.
        Span(
          " \(glyphs.dot) " + model.texts.text(.journeyTimes, filling: ["{zone}": clock.zone]),
          style: theme[.dimText]),
      ],
      status,
    ]
    var y = inner.y
    for line in lines where y < inner.maxY {
      buffer.put(
        spans: line, x: inner.x, y: y, maxWidth: inner.width, base: theme[.text],
        ellipsis: model.ui.ellipsis)
      y += 1
    }
    if y < inner.maxY {
      ProgressBar(
        ratio: train.progress, filledStyle: theme[.progressFill],
        trackStyle: theme[.progressTrack], labelStyle: theme[.text]
      )
      .render(into: &buffer, area: Rect(x: inner.x, y: y, width: inner.width, height: 1),
        glyphs: model.ui)
      y += 2
    }
    drawStops(model, train, into: &buffer, area: Rect(
      x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - y)))
  }

  /// The stops, one a row, scrolled so the current one stays in view: reached ones dim with
  /// their arrival, the current one highlighted, the ones ahead with their planned arrival.
  static func drawStops(
    _ model: Model, _ train: TrainSnapshot, into buffer: inout Buffer, area: Rect
  ) {
    guard area.height > 0 else { return }
    let theme = model.theme
    let glyphs = model.glyphs
    let clock = ClockText(epochUnix: model.calendar.epochUnix, corridor: model.calendar)
    let kinds = Dictionary(model.corridor.stops.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let current = currentStop(train)
    let stops = train.timeline
    let focus = current ?? stops.count - 1
    let first = max(0, min(focus - area.height / 3, stops.count - area.height))
    for (row, index) in (first..<min(stops.count, first + area.height)).enumerated() {
      let stop = stops[index]
      let y = area.y + row
      var name = model.names.stationNames[stop.station] ?? stop.station
      if let native = kinds[stop.station]?.nativeName, native != name,
        model.ui.showsNative(native)
      {
        name += " " + native
      }
      let tag: String =
        switch kinds[stop.station]?.kind {
        case .border: " \(glyphs.border) \(model.texts[.journeyBorder])"
        case .gaugeChange: " \(glyphs.gaugeChange) \(model.texts[.journeyGaugeChange])"
        default: ""
        }
      let isCurrent = index == current
      let reached = current.map { index < $0 } ?? true
      let mark = isCurrent ? glyphs.marker(for: train) : reached ? glyphs.station : " "
      let time =
        (stop.actualArrival ?? stop.actualDeparture).map { clock.short($0) }
        ?? ((isCurrent ? model.texts[.journeyNext] + " " : "") + clock.short(stop.plannedArrival))
      let style =
        isCurrent ? theme[.selection] : reached ? theme[.dimText] : theme[.text]
      if isCurrent { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: .blank(style)) }
      let timeWidth = time.displayWidth
      buffer.put(
        spans: [Span(" \(mark) "), Span(name), Span(tag, style: style.adding(.bold))],
        x: area.x, y: y, maxWidth: max(0, area.width - timeWidth - 1), base: style,
        ellipsis: model.ui.ellipsis)
      buffer.put(
        time, x: area.maxX - timeWidth, y: y, style: style, maxWidth: timeWidth)
    }
  }
}
