import DequeModule

/// Boxes left behind at gauge-change terminals, one FIFO line per terminal and destination:
/// any later train towards that destination takes them (oldest first) when it has room, and a
/// line that grows to a full train, or whose oldest box has waited too long, leaves as a
/// relief train (`Simulation+Backlogs.swift`).
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

  private(set) var lines: [Line: Deque<Box>] = [:]
  /// FEU waiting at each terminal, all destinations (station index → FEU).
  private(set) var feuByStation: [Int: Int] = [:]
  /// Bumped by every change, so a KPI snapshot can tell whether anything changed.
  private(set) var revision = 0

  /// Boxes waiting in one line.
  func count(_ line: Line) -> Int { lines[line]?.count ?? 0 }

  /// When the oldest box of a line was left, if any.
  func oldestSince(_ line: Line) -> Int64? { lines[line]?.first?.since }

  /// The service the oldest box of a line was loaded for (0 for an empty line).
  func firstService(_ line: Line) -> Int { Int(lines[line]?.first?.container.service ?? 0) }

  /// When the oldest box waiting at `station` was left, any destination.
  func oldestSince(station: Int) -> Int64? {
    var oldest: Int64?
    for (line, boxes) in lines where line.station == station {
      if let since = boxes.first?.since { oldest = min(oldest ?? since, since) }
    }
    return oldest
  }

  /// The lines at `station` with boxes in them, in a fixed order.
  func lines(at station: Int) -> [Line] {
    lines.keys.filter { $0.station == station && count($0) > 0 }.sorted()
  }

  mutating func leave(_ boxes: some Collection<Container>, in line: Line, at time: Int64) {
    guard !boxes.isEmpty else { return }
    revision += 1
    var queue = lines.removeValue(forKey: line) ?? Deque()
    for box in boxes { queue.append(Box(container: box, since: time)) }
    lines[line] = queue
    feuByStation[line.station, default: 0] += boxes.count
  }

  /// Takes up to `limit` boxes of a line, oldest first.
  mutating func take(upTo limit: Int, from line: Line) -> [Container] {
    guard limit > 0, var queue = lines.removeValue(forKey: line) else { return [] }
    let n = min(limit, queue.count)
    let boxes = queue.prefix(n).map(\.container)
    queue.removeFirst(n)
    if !queue.isEmpty { lines[line] = queue }
    if n > 0 {
      revision += 1
      feuByStation[line.station, default: 0] -= n
    }
    return boxes
  }
}
