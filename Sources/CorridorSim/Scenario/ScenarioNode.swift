/// A YAML node together with the key path that reached it, so every read can fail with an error
/// naming the file, line and key.
///
/// The loader reads the composed node tree (not `Decodable`) because only the tree keeps the line
/// marks and lets unknown keys be reported with a suggestion.
struct ScenarioNode {
  let node: YAMLNode
  let path: String
  let file: String

  func error(_ problem: ScenarioError.Problem) -> ScenarioError {
    ScenarioError(file: file, line: node.line, keyPath: path, problem: problem)
  }

  /// True for `~`, `null` and an empty plain scalar: an optional key given no value.
  var isNull: Bool {
    guard let scalar = node.scalar, scalar.isPlain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// How the node looks, for "expected X, found Y" messages.
  var found: String {
    switch node.content {
    case .scalar(let scalar): "'\(scalar.string)'"
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    }
  }

  func object(allowed keys: [String]) throws(ScenarioError) -> ScenarioObject {
    let entries = try keyedEntries()
    for entry in entries where !keys.contains(entry.key) {
      throw entry.keyNode.error(
        .unknownKey(entry.key, suggestion: Suggestion.closest(to: entry.key, in: keys)))
    }
    return ScenarioObject(owner: self, entries: entries.map { ($0.key, $0.value) })
  }

  /// A mapping whose keys are data (e.g. cargo ids), in file order.
  func pairs() throws(ScenarioError) -> [(key: String, value: ScenarioNode)] {
    try keyedEntries().map { ($0.key, $0.value) }
  }

  /// The mapping's entries in file order; a repeated key is refused at its second use.
  private func keyedEntries() throws(ScenarioError)
    -> [(key: String, keyNode: ScenarioNode, value: ScenarioNode)]
  {
    guard case .mapping(let mapping) = node.content else {
      throw error(.wrongType(expected: "a mapping", found: found))
    }
    var result: [(key: String, keyNode: ScenarioNode, value: ScenarioNode)] = []
    // A set, not a search of `result`: a mapping of many keys must not take quadratic time.
    var seen: Set<String> = []
    for (keyNode, valueNode) in mapping {
      let key = keyNode.scalar?.string ?? ""
      let keyAt = ScenarioNode(node: keyNode, path: join(key), file: file)
      guard seen.insert(key).inserted else { throw keyAt.error(.duplicateKey(key)) }
      result.append((key, keyAt, ScenarioNode(node: valueNode, path: join(key), file: file)))
    }
    return result
  }

  func list() throws(ScenarioError) -> [ScenarioNode] {
    guard case .sequence(let sequence) = node.content else {
      throw error(.wrongType(expected: "a list", found: found))
    }
    return sequence.enumerated().map { index, element in
      ScenarioNode(node: element, path: "\(path)[\(index)]", file: file)
    }
  }

  /// A list of at most `limit` items (ScenarioLimits); `what` names them in the message.
  func list(atMost limit: Int, of what: String) throws(ScenarioError) -> [ScenarioNode] {
    let items = try list()
    guard items.count <= limit else { throw error(.tooMany(what, limit: limit)) }
    return items
  }

  func string() throws(ScenarioError) -> String {
    guard case .scalar(let scalar) = node.content else {
      throw error(.wrongType(expected: "a string", found: found))
    }
    return scalar.string
  }

  func int() throws(ScenarioError) -> Int {
    guard case .scalar(let scalar) = node.content, let value = Int(scalar.string) else {
      throw error(.wrongType(expected: "a whole number", found: found))
    }
    return value
  }

  func double() throws(ScenarioError) -> Double {
    guard case .scalar(let scalar) = node.content, let value = Double(scalar.string), value.isFinite
    else { throw error(.wrongType(expected: "a number", found: found)) }
    return value
  }

  /// A number within `range` (ScenarioLimits); anything else, infinities and NaN included, is
  /// refused naming this key.
  func number(in range: ValueRange) throws(ScenarioError) -> Double {
    let value = try double()
    guard range.contains(value) else {
      throw error(range.problem(for: value, found: ScenarioError.Problem.number(value)))
    }
    return value
  }

  /// A whole number within `range`.
  func whole(in range: ValueRange) throws(ScenarioError) -> Int {
    let value = try int()
    guard range.contains(Double(value)) else {
      throw error(range.problem(for: Double(value), found: String(value)))
    }
    return value
  }

  func fraction() throws(ScenarioError) -> Double {
    let value = try double()
    guard (0...1).contains(value) else { throw error(.notAFraction(value)) }
    return value
  }

  /// A duration given in hours in the file, as whole seconds; `range` keeps the product far
  /// inside Int64.
  func hours(in range: ValueRange = ScenarioLimits.hours) throws(ScenarioError) -> Int64 {
    Int64((try number(in: range) * 3_600).rounded())
  }

  /// One of a fixed set of spellings, e.g. an enum's raw values.
  func choice<T>(_ options: [(String, T)], what: String) throws(ScenarioError) -> T {
    let text = try string()
    if let match = options.first(where: { $0.0 == text }) { return match.1 }
    let names = options.map(\.0)
    let hint = Suggestion.closest(to: text, in: names).map { " (did you mean '\($0)'?)" } ?? ""
    throw error(
      .invalidValue(
        "unknown \(what) '\(text)'\(hint); expected one of \(names.joined(separator: ", "))"))
  }

  private func join(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}

/// The entries of a mapping whose keys were checked against the allowed set.
struct ScenarioObject {
  let owner: ScenarioNode
  let entries: [(key: String, value: ScenarioNode)]

  func optional(_ key: String) -> ScenarioNode? {
    guard let value = entries.first(where: { $0.key == key })?.value, !value.isNull else {
      return nil
    }
    return value
  }

  func required(_ key: String) throws(ScenarioError) -> ScenarioNode {
    guard let value = optional(key) else { throw owner.error(.missingKey(key)) }
    return value
  }
}
