import DequeModule

/// Boxes left behind at gauge-change terminals, one FIFO line per terminal and destination:
/// any later train towards that destination takes them (oldest first) when it has room, and a
/// line that grows to a full train, or whose oldest box has waited too long, leaves as a
/// relief train (`CorridorModel+Backlogs.swift`).
struct BacklogBook {
  /// A box in a backlog and when it was left there.
  struct Box {
    var container: Container
    var since: Int64
  }

  /// A backlog line: the terminal and the boxes' destination (station indices).
  struct Line: Hashable, Comparable {
    var station: Int
    var destination: Int
    static func < (a: Line, b: Line) -> Bool {
      (a.station, a.destination) < (b.station, b.destination)
    }
  }

  /// Every line boxes were ever left in, in `Line` order, emptied lines kept. A network has
  /// a handful (terminals × destinations), so a line is found by a linear search: every
  /// transshipment looks its line up, and hashing a key costs more than comparing a few.
  private var queues: [(line: Line, boxes: Deque<Box>)] = []
  /// Bumped by every change, so a KPI snapshot can tell whether anything changed.
  private(set) var revision = 0

  private func position(of line: Line) -> Int? { queues.firstIndex { $0.line == line } }

  /// Boxes waiting in one line.
  func count(_ line: Line) -> Int { position(of: line).map { queues[$0].boxes.count } ?? 0 }

  /// When the oldest box of a line was left, if any.
  func oldestSince(_ line: Line) -> Int64? {
    position(of: line).flatMap { queues[$0].boxes.first?.since }
  }

  /// The service the oldest box of a line was loaded for (0 for an empty line).
  func firstService(_ line: Line) -> Int {
    Int(position(of: line).flatMap { queues[$0].boxes.first?.container.service } ?? 0)
  }

  /// FEU waiting at `station`, all destinations.
  func feu(at station: Int) -> Int {
    queues.reduce(0) { $0 + ($1.line.station == station ? $1.boxes.count : 0) }
  }

  /// When the oldest box waiting at `station` was left, any destination.
  func oldestSince(station: Int) -> Int64? {
    var oldest: Int64?
    for (line, boxes) in queues where line.station == station {
      if let since = boxes.first?.since { oldest = min(oldest ?? since, since) }
    }
    return oldest
  }

  /// The lines at `station` with boxes in them, in a fixed order.
  func lines(at station: Int) -> [Line] {
    queues.compactMap { $0.line.station == station && !$0.boxes.isEmpty ? $0.line : nil }
  }

  mutating func leave(_ boxes: some Collection<Container>, in line: Line, at time: Int64) {
    guard !boxes.isEmpty else { return }
    revision += 1
    let k: Int
    if let found = position(of: line) {
      k = found
    } else {
      k = queues.firstIndex { line < $0.line } ?? queues.count
      queues.insert((line, Deque()), at: k)
    }
    for box in boxes { queues[k].boxes.append(Box(container: box, since: time)) }
  }

  /// Takes up to `limit` boxes of a line, oldest first.
  mutating func take(upTo limit: Int, from line: Line) -> [Container] {
    guard limit > 0, let k = position(of: line) else { return [] }
    let n = min(limit, queues[k].boxes.count)
    let boxes = queues[k].boxes.prefix(n).map(\.container)
    queues[k].boxes.removeFirst(n)
    if n > 0 { revision += 1 }
    return boxes
  }
}
