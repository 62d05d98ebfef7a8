import CYAML

/// Builds the node tree of a YAML document from libyaml's parser events.
///
/// libyaml is the parser Yams wrapped; using it directly keeps Foundation (which Yams needs)
/// out of the live dashboard's process (docs/DECISIONS.md D26). Only the first document of a
/// text is read. Package-wide so the kiosk's translation files are read the same way.
///
/// Aliases are never expanded (an alias bomb costs only its own text), and a document may hold
/// at most `maxAliases` of them and nest at most `maxDepth` lists and mappings: deeper trees
/// would be freed by recursion deep enough to overflow the stack (D60).
package enum YAMLComposer {
  /// Lists and mappings inside one another; a scenario needs 6.
  package static let maxDepth = 64
  /// `*name` references in one document; no file railtop reads needs one.
  package static let maxAliases = 100

  /// The first document of `text`; nil when the text holds none (empty, or only comments).
  package static func compose(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
    var bytes = Array(text.utf8)
    let outcome = bytes.withUnsafeMutableBufferPointer { input in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else {
        return Result<YAMLNode?, YAMLSyntaxError>.failure(
          YAMLSyntaxError(problem: "out of memory", line: nil))
      }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_input_string(&parser, input.baseAddress, input.count)
      return composeEvents(&parser)
    }
    return try outcome.get()
  }

  /// An open mapping or list and the nodes read into it so far.
  private struct Open {
    var isMapping: Bool
    var line: Int
    var items: [YAMLNode] = []
  }

  /// Reads events until the first document ends.
  private static func composeEvents(_ parser: inout yaml_parser_t)
    -> Result<YAMLNode?, YAMLSyntaxError>
  {
    var open: [Open] = []
    var aliases = 0
    var root: YAMLNode?
    func add(_ node: YAMLNode) {
      if open.isEmpty { root = node } else { open[open.count - 1].items.append(node) }
    }
    while true {
      var event = yaml_event_t()
      guard yaml_parser_parse(&parser, &event) == 1 else {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        return .failure(YAMLSyntaxError(problem: problem, line: Int(parser.problem_mark.line) + 1))
      }
      defer { yaml_event_delete(&event) }
      let line = Int(event.start_mark.line) + 1
      switch event.type {
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let text = String(
          decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)),
          as: UTF8.self)
        add(
          YAMLNode(
            content: .scalar(YAMLScalar(string: text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE)),
            line: line))
      case YAML_ALIAS_EVENT:
        aliases += 1
        guard aliases <= maxAliases else {
          return .failure(
            YAMLSyntaxError(
              problem: "more than \(maxAliases) aliases (*name); railtop does not expand them",
              line: line))
        }
        add(YAMLNode(content: .alias, line: line))
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        guard open.count < maxDepth else {
          return .failure(
            YAMLSyntaxError(
              problem: "lists and mappings nested more than \(maxDepth) deep", line: line))
        }
        open.append(Open(isMapping: event.type == YAML_MAPPING_START_EVENT, line: line))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let done = open.popLast() else { continue }
        if done.isMapping {
          // libyaml sends a mapping's keys and values in turn, so there is an even count.
          let pairs = stride(from: 0, to: done.items.count - 1, by: 2).map {
            (key: done.items[$0], value: done.items[$0 + 1])
          }
          add(YAMLNode(content: .mapping(pairs), line: done.line))
        } else {
          add(YAMLNode(content: .sequence(done.items), line: done.line))
        }
      case YAML_DOCUMENT_END_EVENT, YAML_STREAM_END_EVENT:
        return .success(root)
      default:
        continue  // stream and document starts, no-ops
      }
    }
  }
}
