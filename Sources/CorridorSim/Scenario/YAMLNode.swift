/// A node of a YAML document as the scenario reader reads it: scalars with their text and
/// whether they were written plain, mappings in file order, lists, and aliases, each with the
/// line it starts on (1-based).
package struct YAMLNode: Sendable {
  /// What the node holds.
  package enum Content: Sendable {
    case scalar(YAMLScalar)
    case mapping([(key: YAMLNode, value: YAMLNode)])
    case sequence([YAMLNode])
    /// `*name`. Aliases are not expanded: scenario files need none, and expanding them lets a
    /// few lines of text stand for a document without bound.
    case alias
  }

  package let content: Content
  package let line: Int

  /// The scalar, when the node is one.
  package var scalar: YAMLScalar? {
    if case .scalar(let scalar) = content { return scalar }
    return nil
  }
}

/// A scalar's text and whether it was written plain (unquoted, not a block).
package struct YAMLScalar: Sendable {
  package let string: String
  package let isPlain: Bool
}

/// Why a text is not a YAML document: libyaml's own words for the problem, and its line.
package struct YAMLSyntaxError: Error, Sendable {
  package let problem: String
  package let line: Int?
}
