import CorridorSim
import TermRender

/// One progress-bar line of the route pane, as displayed:
/// `sel  X8044-0305W ▶ ████████░░░░ 42%  next Petukhovo · ETA 6d 02h · +3h 00m`.
///
/// Two bars are equal when they show the same text and the same filled eighths, even if the
/// train moved a little: the route pane's top layer is redrawn only when a bar is not equal.
struct RouteBar: Equatable {
  var tag: String
  var id: String
  var marker: String
  /// The train's status style (its marker and delay).
  var statusStyle: Style
  /// Drawn by the bar but not compared: `percent` and `eighths` are what it shows of it.
  var ratio: Double
  var percent: String
  var eighths: Int
  var next: String
  var eta: String
  var delay: String

  /// The bar of `train` in a row `rowWidth` columns wide.
  ///
  /// A function, not an initialiser: an initialiser takes its arguments owned, which copies
  /// the train (every string and array retained) on each call.
  static func showing(
    _ train: TrainSnapshot, tag: String, rowWidth: Int, frame: FrameInputs
  ) -> RouteBar {
    let percent = ProgressBar.percentText(train.progress)
    let next: String
    if let stop = train.nextStop {
      next = frame.names.stationNames[stop] ?? stop
    } else {
      next = frame.glyphs.none
    }
    return RouteBar(
      tag: tag, id: train.id, marker: frame.glyphs.marker(for: train),
      statusStyle: frame.statusStyle(train), ratio: train.progress, percent: percent,
      eighths: eighths(ratio: train.progress, percent: percent, rowWidth: rowWidth),
      next: next, eta: TrainText.eta(train, now: frame.snapshot.time),
      delay: Formatting.delay(train.delaySeconds))
  }

  static func == (a: RouteBar, b: RouteBar) -> Bool {
    a.tag == b.tag && a.id == b.id && a.marker == b.marker && a.statusStyle == b.statusStyle
      && a.percent == b.percent && a.eighths == b.eighths && a.next == b.next
      && a.eta == b.eta && a.delay == b.delay
  }

  /// Columns of the bar and its percentage together.
  static func barWidth(rowWidth: Int) -> Int { min(40, max(10, rowWidth / 4)) + 5 }

  /// Filled eighths of the bar as `ProgressBar` (label beside) draws them in `barWidth`
  /// columns: the label and one space come off the width, the ratio is clamped, NaN is 0.
  static func eighths(ratio: Double, percent: String, rowWidth: Int) -> Int {
    let width = barWidth(rowWidth: rowWidth)
    let track = max(0, width - min(percent.displayWidth, width) - 1)
    guard track > 0, !ratio.isNaN else { return 0 }
    return Int((min(1, max(0, ratio)) * Double(track * 8)).rounded())
  }

  /// Draws the line into `row`, clipped to it; returns the column where the text after the bar
  /// starts (nil when the bar does not fit, and nothing follows it).
  @discardableResult
  func draw(into buffer: inout Buffer, row: Rect, chrome: PaneChrome) -> Int? {
    let theme = chrome.theme
    var x = row.x
    x += buffer.put(tag.padded(toWidth: 5), x: x, y: row.y, style: theme[.dimText])
    x += buffer.put(
      id + " ", x: x, y: row.y, style: theme[.text].adding(.bold), maxWidth: row.maxX - x)
    x += buffer.put(marker + " ", x: x, y: row.y, style: statusStyle, maxWidth: row.maxX - x)
    let width = Self.barWidth(rowWidth: row.width)
    guard x + width <= row.maxX else { return nil }
    ProgressBar(
      ratio: ratio, placement: .beside,
      filledStyle: theme[.progressFill], trackStyle: theme[.progressTrack],
      labelStyle: theme[.text]
    )
    .render(into: &buffer, area: Rect(x: x, y: row.y, width: width, height: 1), glyphs: chrome.ui)
    x += width
    drawText(into: &buffer, x: x, row: row, chrome: chrome)
    return x
  }

  /// The text after the bar, from column `x` to the row's end: `  next … · ETA … · +3h 00m`.
  func drawText(into buffer: inout Buffer, x: Int, row: Rect, chrome: PaneChrome) {
    let theme = chrome.theme
    let dot = chrome.glyphs.dot
    let spans = [
      Span("  next ", style: theme[.dimText]), Span(next, style: theme[.text]),
      Span(" \(dot) ETA ", style: theme[.dimText]), Span(eta, style: theme[.text]),
      Span(" \(dot) ", style: theme[.dimText]), Span(delay, style: statusStyle),
    ]
    buffer.put(
      spans: spans, x: x, y: row.y, maxWidth: row.maxX - x, ellipsis: chrome.ui.ellipsis)
  }
}
